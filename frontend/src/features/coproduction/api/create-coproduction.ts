import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coproductionQueryKey } from '@/features/coproduction/api/get-coproduction';
import type { CoproductionInput, VersionedCoproduction } from '@/features/coproduction/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function createCoproduction(areaCode: string, input: CoproductionInput): Promise<VersionedCoproduction> {
  return expectVersioned(await apiClient.POST('/api/v1/areas/{areaCode}/coproduction', { params: { path: { areaCode } }, body: input }));
}

export function useCreateCoproduction(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CoproductionInput) => createCoproduction(areaCode, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(coproductionQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['coproduction', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

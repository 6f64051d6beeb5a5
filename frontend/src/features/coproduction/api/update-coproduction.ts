import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coproductionQueryKey } from '@/features/coproduction/api/get-coproduction';
import type { CoproductionInput, VersionedCoproduction } from '@/features/coproduction/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export type UpdateCoproductionVariables = { id: string; etag: string; input: CoproductionInput };

export async function updateCoproduction(areaCode: string, { id, etag, input }: UpdateCoproductionVariables): Promise<VersionedCoproduction> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/areas/{areaCode}/coproduction/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export function useUpdateCoproduction(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateCoproductionVariables) => updateCoproduction(areaCode, variables),
    onSuccess: (saved) => {
      queryClient.setQueryData(coproductionQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['coproduction', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

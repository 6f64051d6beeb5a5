import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coproductionQueryKey } from '@/features/coproduction/api/get-coproduction';
import type { VersionedCoproduction } from '@/features/coproduction/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function restoreCoproduction(areaCode: string, id: string): Promise<VersionedCoproduction> {
  return expectVersioned(
    await apiClient.POST('/api/v1/areas/{areaCode}/coproduction/{id}/restore', { params: { path: { areaCode, id } } }),
  );
}

export function useRestoreCoproduction(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => restoreCoproduction(areaCode, id),
    onSuccess: (saved) => {
      queryClient.setQueryData(coproductionQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['coproduction', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

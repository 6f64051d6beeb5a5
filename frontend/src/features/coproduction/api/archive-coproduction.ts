import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coproductionQueryKey } from '@/features/coproduction/api/get-coproduction';
import type { VersionedCoproduction } from '@/features/coproduction/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function archiveCoproduction(areaCode: string, id: string, etag: string): Promise<VersionedCoproduction> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/areas/{areaCode}/coproduction/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useArchiveCoproduction(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) => archiveCoproduction(areaCode, id, etag),
    onSuccess: (saved) => {
      queryClient.setQueryData(coproductionQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['coproduction', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

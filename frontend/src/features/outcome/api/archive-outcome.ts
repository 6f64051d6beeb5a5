import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outcomeQueryKey } from '@/features/outcome/api/get-outcome';
import type { VersionedOutcome } from '@/features/outcome/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function archiveOutcome(areaCode: string, id: string, etag: string): Promise<VersionedOutcome> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/areas/{areaCode}/outcomes/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useArchiveOutcome(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) => archiveOutcome(areaCode, id, etag),
    onSuccess: (saved) => {
      queryClient.setQueryData(outcomeQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['outcomes', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

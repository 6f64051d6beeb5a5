import { useMutation, useQueryClient } from '@tanstack/react-query';
import { priorityQueryKey } from '@/features/priority/api/get-priority';
import type { VersionedPriority } from '@/features/priority/types';
import { apiClient, etagFor, expectData } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function archivePriority(areaCode: string, id: string, etag: string): Promise<VersionedPriority> {
  const result = await apiClient.DELETE('/api/v1/areas/{areaCode}/priorities/{id}', {
    params: { path: { areaCode, id }, header: { 'If-Match': etag } },
  });
  const priority = expectData(result);
  return { priority, etag: etagFor(result.response, priority.version) };
}

export function useArchivePriority(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) => archivePriority(areaCode, id, etag),
    onSuccess: (saved) => {
      queryClient.setQueryData(priorityQueryKey(areaCode, saved.priority.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['priorities', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.priority.id),
      ]);
    },
  });
}

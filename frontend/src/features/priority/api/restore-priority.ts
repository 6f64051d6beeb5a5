import { useMutation, useQueryClient } from '@tanstack/react-query';
import { priorityQueryKey } from '@/features/priority/api/get-priority';
import type { VersionedPriority } from '@/features/priority/types';
import { apiClient, etagFor, expectData } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function restorePriority(areaCode: string, id: string): Promise<VersionedPriority> {
  const result = await apiClient.POST('/api/v1/areas/{areaCode}/priorities/{id}/restore', {
    params: { path: { areaCode, id } },
  });
  const priority = expectData(result);
  return { priority, etag: etagFor(result.response, priority.version) };
}

export function useRestorePriority(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => restorePriority(areaCode, id),
    onSuccess: (saved) => {
      queryClient.setQueryData(priorityQueryKey(areaCode, saved.priority.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['priorities', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.priority.id),
      ]);
    },
  });
}

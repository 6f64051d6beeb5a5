import { useMutation, useQueryClient } from '@tanstack/react-query';
import { priorityQueryKey } from '@/features/priority/api/get-priority';
import type { PriorityInput, VersionedPriority } from '@/features/priority/types';
import { apiClient, etagFor, expectData } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function createPriority(areaCode: string, input: PriorityInput): Promise<VersionedPriority> {
  const result = await apiClient.POST('/api/v1/areas/{areaCode}/priorities', { params: { path: { areaCode } }, body: input });
  const priority = expectData(result);
  return { priority, etag: etagFor(result.response, priority.version) };
}

export function useCreatePriority(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PriorityInput) => createPriority(areaCode, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(priorityQueryKey(areaCode, saved.priority.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['priorities', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.priority.id),
      ]);
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { priorityQueryKey } from '@/features/priority/api/get-priority';
import type { PriorityInput, VersionedPriority } from '@/features/priority/types';
import { apiClient, etagFor, expectData } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export type UpdatePriorityVariables = { id: string; etag: string; input: PriorityInput };

export async function updatePriority(areaCode: string, { id, etag, input }: UpdatePriorityVariables): Promise<VersionedPriority> {
  const result = await apiClient.PUT('/api/v1/areas/{areaCode}/priorities/{id}', {
    params: { path: { areaCode, id }, header: { 'If-Match': etag } },
    body: input,
  });
  const priority = expectData(result);
  return { priority, etag: etagFor(result.response, priority.version) };
}

export function useUpdatePriority(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdatePriorityVariables) => updatePriority(areaCode, variables),
    onSuccess: (saved) => {
      queryClient.setQueryData(priorityQueryKey(areaCode, saved.priority.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['priorities', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.priority.id),
      ]);
    },
  });
}

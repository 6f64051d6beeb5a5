import type { Priority, PriorityInput, VersionedPriority } from '@/features/priority/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export type UpdatePriorityVariables = { id: string; etag: string; input: PriorityInput };

export async function updatePriority(areaCode: string, { id, etag, input }: UpdatePriorityVariables): Promise<VersionedPriority> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/areas/{areaCode}/priorities/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export function useUpdatePriority(areaCode: string) {
  return useRecordMutation({ mutationFn: (variables: UpdatePriorityVariables) => updatePriority(areaCode, variables), ...areaRecordKeys<Priority>('priorities', areaCode) });
}

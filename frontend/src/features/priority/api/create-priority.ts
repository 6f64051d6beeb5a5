import type { Priority, PriorityInput, VersionedPriority } from '@/features/priority/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function createPriority(areaCode: string, input: PriorityInput): Promise<VersionedPriority> {
  return expectVersioned(
    await apiClient.POST('/api/v1/areas/{areaCode}/priorities', { params: { path: { areaCode } }, body: input }),
  );
}

export function useCreatePriority(areaCode: string) {
  return useRecordMutation({ mutationFn: (input: PriorityInput) => createPriority(areaCode, input), ...areaRecordKeys<Priority>('priorities', areaCode) });
}

import type { Priority, VersionedPriority } from '@/features/priority/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function restorePriority(areaCode: string, id: string): Promise<VersionedPriority> {
  return expectVersioned(
    await apiClient.POST('/api/v1/areas/{areaCode}/priorities/{id}/restore', {
      params: { path: { areaCode, id } },
    }),
  );
}

export function useRestorePriority(areaCode: string) {
  return useRecordMutation({ mutationFn: (id: string) => restorePriority(areaCode, id), ...areaRecordKeys<Priority>('priorities', areaCode) });
}

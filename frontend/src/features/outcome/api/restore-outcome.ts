import type { Outcome, VersionedOutcome } from '@/features/outcome/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function restoreOutcome(areaCode: string, id: string): Promise<VersionedOutcome> {
  return expectVersioned(
    await apiClient.POST('/api/v1/areas/{areaCode}/outcomes/{id}/restore', { params: { path: { areaCode, id } } }),
  );
}

export function useRestoreOutcome(areaCode: string) {
  return useRecordMutation({ mutationFn: (id: string) => restoreOutcome(areaCode, id), ...areaRecordKeys<Outcome>('outcomes', areaCode) });
}

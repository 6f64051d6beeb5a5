import type { Decision, VersionedDecision } from '@/features/decision/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function restoreDecision(areaCode: string, id: string): Promise<VersionedDecision> {
  return expectVersioned(await apiClient.POST('/api/v1/areas/{areaCode}/decisions/{id}/restore', { params: { path: { areaCode, id } } }));
}

export function useRestoreDecision(areaCode: string) {
  return useRecordMutation({ mutationFn: (id: string) => restoreDecision(areaCode, id), ...areaRecordKeys<Decision>('decisions', areaCode) });
}

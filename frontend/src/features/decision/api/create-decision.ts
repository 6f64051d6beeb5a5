import type { Decision, DecisionInput, VersionedDecision } from '@/features/decision/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function createDecision(areaCode: string, input: DecisionInput): Promise<VersionedDecision> {
  return expectVersioned(await apiClient.POST('/api/v1/areas/{areaCode}/decisions', { params: { path: { areaCode } }, body: input }));
}

export function useCreateDecision(areaCode: string) {
  return useRecordMutation({ mutationFn: (input: DecisionInput) => createDecision(areaCode, input), ...areaRecordKeys<Decision>('decisions', areaCode) });
}

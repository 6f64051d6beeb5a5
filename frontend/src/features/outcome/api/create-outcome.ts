import type { Outcome, OutcomeInput, VersionedOutcome } from '@/features/outcome/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function createOutcome(areaCode: string, input: OutcomeInput): Promise<VersionedOutcome> {
  return expectVersioned(await apiClient.POST('/api/v1/areas/{areaCode}/outcomes', { params: { path: { areaCode } }, body: input }));
}

export function useCreateOutcome(areaCode: string) {
  return useRecordMutation({ mutationFn: (input: OutcomeInput) => createOutcome(areaCode, input), ...areaRecordKeys<Outcome>('outcomes', areaCode) });
}

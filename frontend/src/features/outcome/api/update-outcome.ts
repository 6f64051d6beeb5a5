import type { Outcome, OutcomeInput, VersionedOutcome } from '@/features/outcome/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export type UpdateOutcomeVariables = { id: string; etag: string; input: OutcomeInput };

export async function updateOutcome(areaCode: string, { id, etag, input }: UpdateOutcomeVariables): Promise<VersionedOutcome> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/areas/{areaCode}/outcomes/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export function useUpdateOutcome(areaCode: string) {
  return useRecordMutation({ mutationFn: (variables: UpdateOutcomeVariables) => updateOutcome(areaCode, variables), ...areaRecordKeys<Outcome>('outcomes', areaCode) });
}

import type { Decision, DecisionInput, VersionedDecision } from '@/features/decision/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export type UpdateDecisionVariables = { id: string; etag: string; input: DecisionInput };

export async function updateDecision(areaCode: string, { id, etag, input }: UpdateDecisionVariables): Promise<VersionedDecision> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/areas/{areaCode}/decisions/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export function useUpdateDecision(areaCode: string) {
  return useRecordMutation({ mutationFn: (variables: UpdateDecisionVariables) => updateDecision(areaCode, variables), ...areaRecordKeys<Decision>('decisions', areaCode) });
}

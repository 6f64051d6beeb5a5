import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outcomeQueryKey } from '@/features/outcome/api/get-outcome';
import type { OutcomeInput, VersionedOutcome } from '@/features/outcome/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

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
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateOutcomeVariables) => updateOutcome(areaCode, variables),
    onSuccess: (saved) => {
      queryClient.setQueryData(outcomeQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['outcomes', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

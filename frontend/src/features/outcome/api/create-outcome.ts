import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outcomeQueryKey } from '@/features/outcome/api/get-outcome';
import type { OutcomeInput, VersionedOutcome } from '@/features/outcome/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function createOutcome(areaCode: string, input: OutcomeInput): Promise<VersionedOutcome> {
  return expectVersioned(await apiClient.POST('/api/v1/areas/{areaCode}/outcomes', { params: { path: { areaCode } }, body: input }));
}

export function useCreateOutcome(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OutcomeInput) => createOutcome(areaCode, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(outcomeQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['outcomes', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

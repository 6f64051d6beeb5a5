import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outcomeQueryKey } from '@/features/outcome/api/get-outcome';
import type { VersionedOutcome } from '@/features/outcome/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

export async function restoreOutcome(areaCode: string, id: string): Promise<VersionedOutcome> {
  return expectVersioned(
    await apiClient.POST('/api/v1/areas/{areaCode}/outcomes/{id}/restore', { params: { path: { areaCode, id } } }),
  );
}

export function useRestoreOutcome(areaCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => restoreOutcome(areaCode, id),
    onSuccess: (saved) => {
      queryClient.setQueryData(outcomeQueryKey(areaCode, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['outcomes', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, saved.record.id),
      ]);
    },
  });
}

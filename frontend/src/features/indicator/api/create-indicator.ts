import { useMutation, useQueryClient } from '@tanstack/react-query';
import { indicatorQueryKey } from '@/features/indicator/api/get-indicator';
import { indicatorListsKey } from '@/features/indicator/api/get-indicators';
import type { IndicatorInput, VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function createIndicator(input: IndicatorInput): Promise<VersionedIndicator> {
  return expectVersioned(await apiClient.POST('/api/v1/indicators', { body: input }));
}

export function useCreateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIndicator,
    onSuccess: (saved) => {
      queryClient.setQueryData(indicatorQueryKey(saved.record.code), saved);
      return queryClient.invalidateQueries({ queryKey: indicatorListsKey });
    },
  });
}

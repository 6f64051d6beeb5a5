import { indicatorQueryKey } from '@/features/indicator/api/get-indicator';
import { indicatorListsKey } from '@/features/indicator/api/get-indicators';
import type { Indicator, IndicatorInput, VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { useRecordMutation } from '@/lib/record-queries';

export async function createIndicator(input: IndicatorInput): Promise<VersionedIndicator> {
  return expectVersioned(await apiClient.POST('/api/v1/indicators', { body: input }));
}

export function useCreateIndicator() {
  return useRecordMutation({ mutationFn: createIndicator, queryKey: (indicator: Indicator) => indicatorQueryKey(indicator.code), listsKey: indicatorListsKey });
}

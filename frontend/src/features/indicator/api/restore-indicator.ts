import { indicatorQueryKey } from '@/features/indicator/api/get-indicator';
import { indicatorListsKey } from '@/features/indicator/api/get-indicators';
import type { Indicator, VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { useRecordMutation } from '@/lib/record-queries';

export async function restoreIndicator(code: string): Promise<VersionedIndicator> {
  return expectVersioned(await apiClient.POST('/api/v1/indicators/{code}/restore', { params: { path: { code } } }));
}

export function useRestoreIndicator() {
  return useRecordMutation({ mutationFn: restoreIndicator, queryKey: (indicator: Indicator) => indicatorQueryKey(indicator.code), listsKey: indicatorListsKey });
}

import { indicatorQueryKey } from '@/features/indicator/api/get-indicator';
import { indicatorListsKey } from '@/features/indicator/api/get-indicators';
import type { Indicator, VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { useRecordMutation } from '@/lib/record-queries';

export async function archiveIndicator({ code, etag }: { code: string; etag: string }): Promise<VersionedIndicator> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/indicators/{code}', { params: { path: { code }, header: { 'If-Match': etag } } }),
  );
}

export function useArchiveIndicator() {
  return useRecordMutation({ mutationFn: archiveIndicator, queryKey: (indicator: Indicator) => indicatorQueryKey(indicator.code), listsKey: indicatorListsKey });
}

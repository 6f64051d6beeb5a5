import { indicatorQueryKey } from '@/features/indicator/api/get-indicator';
import { indicatorListsKey } from '@/features/indicator/api/get-indicators';
import type { Indicator, IndicatorInput, VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { useRecordMutation } from '@/lib/record-queries';

export type UpdateIndicatorVariables = { etag: string; input: IndicatorInput };

/** The indicator's code is its identity: the input's code must be the one it has. */
export async function updateIndicator({ etag, input }: UpdateIndicatorVariables): Promise<VersionedIndicator> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/indicators/{code}', {
      params: { path: { code: input.code }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export function useUpdateIndicator() {
  return useRecordMutation({ mutationFn: updateIndicator, queryKey: (indicator: Indicator) => indicatorQueryKey(indicator.code), listsKey: indicatorListsKey });
}

import { useQuery } from '@tanstack/react-query';
import type { IndicatorValue } from '@/features/indicator/types';
import type { components } from '@/types/api';
import type { ValuesQuery } from '@/features/indicator/utils/selection';
import { apiClient, expectData } from '@/lib/api-client';

const pageSize = 500;

/** Every value the query matches, page after page (the API gives at most 500 at a time). */
export async function getIndicatorValues(query: ValuesQuery): Promise<IndicatorValue[]> {
  const values: IndicatorValue[] = [];
  for (let page = 0; ; page += 1) {
    // The operation also answers CSV; as JSON (the client's Accept) it is a page of values.
    const list = expectData(
      await apiClient.GET('/api/v1/indicator-values', { params: { query: { ...query, page, size: pageSize } } }),
    ) as components['schemas']['IndicatorValueList'];
    values.push(...list.items);
    if (list.items.length < pageSize || values.length >= list.total) return values;
  }
}

/** Nothing is asked for until an indicator and an area are chosen. */
export function useIndicatorValues(query: ValuesQuery) {
  return useQuery({
    queryKey: ['indicator-values', query],
    queryFn: () => getIndicatorValues(query),
    enabled: query.indicator.length > 0 && query.area.length > 0,
  });
}

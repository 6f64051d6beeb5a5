import { useQuery } from '@tanstack/react-query';
import type { IndicatorValue } from '@/features/indicator/types';
import type { components } from '@/types/api';
import type { ValuesQuery } from '@/features/indicator/utils/selection';
import { apiClient, expectData } from '@/lib/api-client';
import { readAllPages } from '@/lib/paging';

/** Every value the query matches, page after page. */
export async function getIndicatorValues(query: ValuesQuery): Promise<IndicatorValue[]> {
  const list = await readAllPages(async (page, size) =>
    // The operation also answers CSV; as JSON (the client's Accept) it is a page of values.
    expectData(await apiClient.GET('/api/v1/indicator-values', { params: { query: { ...query, page, size } } })) as components['schemas']['IndicatorValueList'],
  );
  return list.items;
}

/** Nothing is asked for until an indicator and an area are chosen. */
export function useIndicatorValues(query: ValuesQuery) {
  return useQuery({
    queryKey: ['indicator-values', query],
    queryFn: () => getIndicatorValues(query),
    enabled: query.indicator.some((code) => code !== '') && query.area.length > 0,
  });
}

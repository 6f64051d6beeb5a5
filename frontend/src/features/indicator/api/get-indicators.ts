import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Indicator } from '@/features/indicator/types';
import { apiClient, expectData } from '@/lib/api-client';

export type IndicatorSort = 'code' | '-code' | 'name' | '-name';

export type CatalogueFilters = {
  q?: string;
  includeArchived?: boolean;
  sort?: IndicatorSort;
};

/** The start of every list's query key: a change to the catalogue reads them all again. */
export const indicatorListsKey = ['indicators', 'list'] as const;

/** The catalogue's indicators in use, by name, for choosing one. */
export async function getIndicators(): Promise<Indicator[]> {
  const list = expectData(await apiClient.GET('/api/v1/indicators', { params: { query: { size: 500, sort: 'name' } } }));
  return list.items;
}

export function useIndicators() {
  return useQuery({ queryKey: [...indicatorListsKey, 'choices'], queryFn: getIndicators, staleTime: 5 * 60_000 });
}

/** The catalogue as its page lists it: searched, sorted, with the archived indicators on request. */
export async function getIndicatorCatalogue(filters: CatalogueFilters) {
  return expectData(
    await apiClient.GET('/api/v1/indicators', {
      params: {
        query: {
          size: 500,
          q: filters.q?.trim() || undefined,
          includeArchived: filters.includeArchived || undefined,
          sort: filters.sort,
        },
      },
    }),
  );
}

export function useIndicatorCatalogue(filters: CatalogueFilters) {
  return useQuery({
    queryKey: [...indicatorListsKey, 'catalogue', filters],
    queryFn: () => getIndicatorCatalogue(filters),
    placeholderData: keepPreviousData,
  });
}

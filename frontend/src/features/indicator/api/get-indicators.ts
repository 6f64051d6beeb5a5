import { useQuery } from '@tanstack/react-query';
import type { Indicator } from '@/features/indicator/types';
import { apiClient, expectData } from '@/lib/api-client';
import { listQuery, useListPage } from '@/lib/list-queries';
import { listPageSize, readAllPages } from '@/lib/paging';

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
  const list = await readAllPages(async (page, size) =>
    expectData(await apiClient.GET('/api/v1/indicators', { params: { query: { page, size, sort: 'name' } } })),
  );
  return list.items;
}

export function useIndicators() {
  return useQuery({ queryKey: [...indicatorListsKey, 'choices'], queryFn: getIndicators, staleTime: 5 * 60_000 });
}

/** One page (`page` from 0) of the catalogue as its page lists it: searched, sorted, with the archived indicators on request. */
export async function getIndicatorCatalogue(filters: CatalogueFilters, page: number) {
  return expectData(
    await apiClient.GET('/api/v1/indicators', {
      params: {
        query: {
          page,
          size: listPageSize,
          ...listQuery(filters),
          sort: filters.sort,
        },
      },
    }),
  );
}

export function useIndicatorCatalogue(filters: CatalogueFilters, page: number) {
  return useListPage([...indicatorListsKey, 'catalogue', filters, page], () => getIndicatorCatalogue(filters, page));
}

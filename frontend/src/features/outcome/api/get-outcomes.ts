import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';
import { listPageSize, readAllPages } from '@/lib/paging';

export type OutcomeSort = 'statement' | '-statement' | 'createdAt' | '-createdAt' | 'updatedAt' | '-updatedAt';

export type OutcomeFilters = {
  strategyId?: string;
  q?: string;
  includeArchived?: boolean;
  sort?: OutcomeSort;
};

/** One page of the outcomes that match (`page` from 0), sorted by the API. */
export async function getOutcomePage(areaCode: string, filters: OutcomeFilters, page: number, size = listPageSize) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/outcomes', {
      params: {
        path: { areaCode },
        query: {
          page,
          size,
          strategyId: filters.strategyId || undefined,
          q: filters.q?.trim() || undefined,
          includeArchived: filters.includeArchived || undefined,
          sort: filters.sort,
        },
      },
    }),
  );
}

export function useOutcomePage(areaCode: string, filters: OutcomeFilters, page: number) {
  return useQuery({
    queryKey: ['outcomes', areaCode, 'list', filters, page],
    queryFn: () => getOutcomePage(areaCode, filters, page),
    placeholderData: keepPreviousData,
  });
}

/** Every outcome that matches, for the choices of a form. */
export async function getOutcomes(areaCode: string, filters: OutcomeFilters) {
  return readAllPages((page, size) => getOutcomePage(areaCode, filters, page, size));
}

export function useOutcomes(areaCode: string, filters: OutcomeFilters) {
  return useQuery({
    queryKey: ['outcomes', areaCode, 'list', 'all', filters],
    queryFn: () => getOutcomes(areaCode, filters),
  });
}

import { apiClient, expectData } from '@/lib/api-client';
import { areaListRequest, useListPage, useWholeList } from '@/lib/list-queries';
import { listPageSize } from '@/lib/paging';

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
    await apiClient.GET(
      '/api/v1/areas/{areaCode}/outcomes',
      areaListRequest(areaCode, page, size, filters, {
        sort: filters.sort,
        strategyId: filters.strategyId || undefined,
      }),
    ),
  );
}

export function useOutcomePage(areaCode: string, filters: OutcomeFilters, page: number) {
  return useListPage(['outcomes', areaCode, 'list', filters, page], () => getOutcomePage(areaCode, filters, page));
}

/** Every outcome that matches, for the choices of a form. */
export function useOutcomes(areaCode: string, filters: OutcomeFilters) {
  return useWholeList(['outcomes', areaCode, 'list', 'all', filters], (page, size) => getOutcomePage(areaCode, filters, page, size));
}

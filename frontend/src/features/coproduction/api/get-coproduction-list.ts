import type { CoproductionKind, CoproductionStatus, LundyPrinciple } from '@/features/coproduction/types';
import { apiClient, expectData } from '@/lib/api-client';
import { areaListRequest, useListCount, useListPage, useWholeList } from '@/lib/list-queries';
import { listPageSize } from '@/lib/paging';

export type CoproductionSort = 'heldOn' | '-heldOn' | 'title' | '-title' | 'updatedAt' | '-updatedAt';

export type CoproductionFilters = {
  q?: string;
  kind?: CoproductionKind;
  status?: CoproductionStatus;
  /** Held on or after. */
  from?: string;
  /** Held on or before. */
  to?: string;
  principle?: LundyPrinciple;
  /** true: no feedback given yet; false: feedback given. */
  loopOpen?: boolean;
  includeArchived?: boolean;
  sort?: CoproductionSort;
};

/** One page of the co-production records that match (`page` from 0), sorted by the API. */
export async function getCoproductionPage(areaCode: string, filters: CoproductionFilters, page: number, size = listPageSize) {
  return expectData(
    await apiClient.GET(
      '/api/v1/areas/{areaCode}/coproduction',
      areaListRequest(areaCode, page, size, filters, {
        sort: filters.sort,
        kind: filters.kind,
        status: filters.status,
        from: filters.from || undefined,
        to: filters.to || undefined,
        principle: filters.principle,
        loopOpen: filters.loopOpen,
      }),
    ),
  );
}

export function useCoproductionPage(areaCode: string, filters: CoproductionFilters, page: number) {
  return useListPage(['coproduction', areaCode, 'list', filters, page], () => getCoproductionPage(areaCode, filters, page));
}

/** How many co-production records match. */
export function useCoproductionCount(areaCode: string, filters: CoproductionFilters, enabled = true) {
  return useListCount(['coproduction', areaCode, 'list', 'count', filters], (page, size) => getCoproductionPage(areaCode, filters, page, size), enabled);
}

/** Every co-production record that matches, all pages read (for choosing among them). */
export function useAllCoproduction(areaCode: string, filters: CoproductionFilters) {
  return useWholeList(['coproduction', areaCode, 'list', 'all', filters], (page, size) => getCoproductionPage(areaCode, filters, page, size));
}

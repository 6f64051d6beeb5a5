import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CoproductionKind, CoproductionStatus, LundyPrinciple } from '@/features/coproduction/types';
import { apiClient, expectData } from '@/lib/api-client';
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
    await apiClient.GET('/api/v1/areas/{areaCode}/coproduction', {
      params: {
        path: { areaCode },
        query: {
          page,
          size,
          q: filters.q?.trim() || undefined,
          kind: filters.kind,
          status: filters.status,
          from: filters.from || undefined,
          to: filters.to || undefined,
          principle: filters.principle,
          loopOpen: filters.loopOpen,
          includeArchived: filters.includeArchived || undefined,
          sort: filters.sort,
        },
      },
    }),
  );
}

export function useCoproductionPage(areaCode: string, filters: CoproductionFilters, page: number) {
  return useQuery({
    queryKey: ['coproduction', areaCode, 'list', filters, page],
    queryFn: () => getCoproductionPage(areaCode, filters, page),
    placeholderData: keepPreviousData,
  });
}

/** How many co-production records match, read from the list's `total` without fetching them. */
export function useCoproductionCount(areaCode: string, filters: CoproductionFilters, enabled = true) {
  return useQuery({
    queryKey: ['coproduction', areaCode, 'list', 'count', filters],
    queryFn: async () => (await getCoproductionPage(areaCode, filters, 0, 1)).total,
    enabled,
  });
}

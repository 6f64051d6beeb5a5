import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CoproductionKind, CoproductionStatus, LundyPrinciple } from '@/features/coproduction/types';
import { apiClient, expectData } from '@/lib/api-client';

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

export async function getCoproductionList(areaCode: string, filters: CoproductionFilters) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/coproduction', {
      params: {
        path: { areaCode },
        query: {
          size: 500,
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

export function useCoproductionList(areaCode: string, filters: CoproductionFilters = {}) {
  return useQuery({
    queryKey: ['coproduction', areaCode, 'list', filters],
    queryFn: () => getCoproductionList(areaCode, filters),
    placeholderData: keepPreviousData,
  });
}

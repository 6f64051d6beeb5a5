import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RagStatus } from '@/features/priority/types';
import { apiClient, expectData } from '@/lib/api-client';
import { listPageSize, readAllPages } from '@/lib/paging';

export type PriorityFilters = {
  strategyId?: string;
  status?: RagStatus;
  q?: string;
  includeArchived?: boolean;
};

/** One page of the priorities that match (`page` from 0), in the API's order: by number. */
export async function getPriorityPage(areaCode: string, filters: PriorityFilters, page: number, size = listPageSize) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/priorities', {
      params: {
        path: { areaCode },
        query: {
          page,
          size,
          strategyId: filters.strategyId || undefined,
          status: filters.status || undefined,
          q: filters.q?.trim() || undefined,
          includeArchived: filters.includeArchived || undefined,
        },
      },
    }),
  );
}

export function usePriorityPage(areaCode: string, filters: PriorityFilters, page: number, enabled = true) {
  return useQuery({
    queryKey: ['priorities', areaCode, 'list', filters, page],
    queryFn: () => getPriorityPage(areaCode, filters, page),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every priority that matches, for the choices of a form. */
export async function getPriorities(areaCode: string, filters: PriorityFilters) {
  return readAllPages((page, size) => getPriorityPage(areaCode, filters, page, size));
}

export function usePriorities(areaCode: string, filters: PriorityFilters) {
  return useQuery({
    queryKey: ['priorities', areaCode, 'list', 'all', filters],
    queryFn: () => getPriorities(areaCode, filters),
  });
}

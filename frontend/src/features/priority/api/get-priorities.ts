import type { RagStatus } from '@/features/priority/types';
import { apiClient, expectData } from '@/lib/api-client';
import { areaListRequest, useListPage, useWholeList } from '@/lib/list-queries';
import { listPageSize } from '@/lib/paging';

export type PriorityFilters = {
  strategyId?: string;
  status?: RagStatus;
  q?: string;
  includeArchived?: boolean;
};

/** One page of the priorities that match (`page` from 0), in the API's order: by number. */
export async function getPriorityPage(areaCode: string, filters: PriorityFilters, page: number, size = listPageSize) {
  return expectData(
    await apiClient.GET(
      '/api/v1/areas/{areaCode}/priorities',
      areaListRequest(areaCode, page, size, filters, {
        strategyId: filters.strategyId || undefined,
        status: filters.status || undefined,
      }),
    ),
  );
}

export function usePriorityPage(areaCode: string, filters: PriorityFilters, page: number, enabled = true) {
  return useListPage(['priorities', areaCode, 'list', filters, page], () => getPriorityPage(areaCode, filters, page), enabled);
}

/** Every priority that matches, for the choices of a form. */
export function usePriorities(areaCode: string, filters: PriorityFilters) {
  return useWholeList(['priorities', areaCode, 'list', 'all', filters], (page, size) => getPriorityPage(areaCode, filters, page, size));
}

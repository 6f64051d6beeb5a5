import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RagStatus } from '@/features/priority/types';
import { apiClient, expectData } from '@/lib/api-client';

export type PriorityFilters = {
  strategyId?: string;
  status?: RagStatus;
  q?: string;
  includeArchived?: boolean;
};

export async function getPriorities(areaCode: string, filters: PriorityFilters) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/priorities', {
      params: {
        path: { areaCode },
        query: {
          size: 500,
          strategyId: filters.strategyId || undefined,
          status: filters.status || undefined,
          q: filters.q?.trim() || undefined,
          includeArchived: filters.includeArchived || undefined,
        },
      },
    }),
  );
}

export function usePriorities(areaCode: string, filters: PriorityFilters, enabled = true) {
  return useQuery({
    queryKey: ['priorities', areaCode, 'list', filters],
    queryFn: () => getPriorities(areaCode, filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';

export type OutcomeSort = 'statement' | '-statement' | 'createdAt' | '-createdAt' | 'updatedAt' | '-updatedAt';

export type OutcomeFilters = {
  strategyId?: string;
  q?: string;
  includeArchived?: boolean;
  sort?: OutcomeSort;
};

export async function getOutcomes(areaCode: string, filters: OutcomeFilters) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/outcomes', {
      params: {
        path: { areaCode },
        query: {
          size: 500,
          strategyId: filters.strategyId || undefined,
          q: filters.q?.trim() || undefined,
          includeArchived: filters.includeArchived || undefined,
          sort: filters.sort,
        },
      },
    }),
  );
}

export function useOutcomes(areaCode: string, filters: OutcomeFilters = {}) {
  return useQuery({
    queryKey: ['outcomes', areaCode, 'list', filters],
    queryFn: () => getOutcomes(areaCode, filters),
    placeholderData: keepPreviousData,
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommissioningStage, FundingModel, PrimaryNeed, Sector, ServiceStatus, ServiceTier } from '@/features/service/types';
import { apiClient, expectData } from '@/lib/api-client';
import { listPageSize, readAllPages } from '@/lib/paging';
import type { paths } from '@/types/api';

export type ServiceSort = NonNullable<NonNullable<paths['/api/v1/areas/{areaCode}/services']['get']['parameters']['query']>['sort']>;

export type ServiceFilters = {
  q?: string;
  status?: ServiceStatus;
  stage?: CommissioningStage;
  tier?: ServiceTier;
  need?: PrimaryNeed;
  sector?: Sector;
  fundingModel?: FundingModel;
  provider?: string;
  contractEndsBefore?: string;
  reviewDueBefore?: string;
  includeArchived?: boolean;
  sort?: ServiceSort;
};

/** One page of the services that match (`page` from 0), sorted by the API. */
export async function getServicePage(areaCode: string, filters: ServiceFilters, page: number, size = listPageSize) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/services', {
      params: {
        path: { areaCode },
        query: {
          page,
          size,
          q: filters.q?.trim() || undefined,
          status: filters.status,
          stage: filters.stage,
          tier: filters.tier,
          need: filters.need,
          sector: filters.sector,
          fundingModel: filters.fundingModel,
          provider: filters.provider?.trim() || undefined,
          contractEndsBefore: filters.contractEndsBefore || undefined,
          reviewDueBefore: filters.reviewDueBefore || undefined,
          includeArchived: filters.includeArchived || undefined,
          sort: filters.sort,
        },
      },
    }),
  );
}

export function useServicePage(areaCode: string, filters: ServiceFilters, page: number) {
  return useQuery({
    queryKey: ['services', areaCode, 'list', filters, page],
    queryFn: () => getServicePage(areaCode, filters, page),
    placeholderData: keepPreviousData,
  });
}

/** Every service that matches: for the choices of a form, and for the register's lists of deadlines. */
export async function getServices(areaCode: string, filters: ServiceFilters) {
  return readAllPages((page, size) => getServicePage(areaCode, filters, page, size));
}

export function useServices(areaCode: string, filters: ServiceFilters) {
  return useQuery({
    queryKey: ['services', areaCode, 'list', 'all', filters],
    queryFn: () => getServices(areaCode, filters),
  });
}

/** How many services match, read from the list's `total` without fetching them. */
export function useServiceCount(areaCode: string, filters: ServiceFilters) {
  return useQuery({
    queryKey: ['services', areaCode, 'list', 'count', filters],
    queryFn: async () => (await getServicePage(areaCode, filters, 0, 1)).total,
  });
}

import type { CommissioningStage, FundingModel, PrimaryNeed, Sector, ServiceStatus, ServiceTier } from '@/features/service/types';
import { apiClient, expectData } from '@/lib/api-client';
import { areaListRequest, useListCount, useListPage, useWholeList } from '@/lib/list-queries';
import { listPageSize } from '@/lib/paging';
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
  /** What comes up, by the one definition the dashboard uses. */
  due?: 'contract_end' | 'review';
  includeArchived?: boolean;
  sort?: ServiceSort;
};

/** One page of the services that match (`page` from 0), sorted by the API. */
export async function getServicePage(areaCode: string, filters: ServiceFilters, page: number, size = listPageSize) {
  return expectData(
    await apiClient.GET(
      '/api/v1/areas/{areaCode}/services',
      areaListRequest(areaCode, page, size, filters, {
        sort: filters.sort,
        status: filters.status,
        stage: filters.stage,
        tier: filters.tier,
        need: filters.need,
        sector: filters.sector,
        fundingModel: filters.fundingModel,
        provider: filters.provider?.trim() || undefined,
        contractEndsBefore: filters.contractEndsBefore || undefined,
        due: filters.due,
        reviewDueBefore: filters.reviewDueBefore || undefined,
      }),
    ),
  );
}

export function useServicePage(areaCode: string, filters: ServiceFilters, page: number) {
  return useListPage(['services', areaCode, 'list', filters, page], () => getServicePage(areaCode, filters, page));
}

/** Every service that matches: for the choices of a form, and for the register's lists of deadlines. */
export function useServices(areaCode: string, filters: ServiceFilters) {
  return useWholeList(['services', areaCode, 'list', 'all', filters], (page, size) => getServicePage(areaCode, filters, page, size));
}

/** How many services match. */
export function useServiceCount(areaCode: string, filters: ServiceFilters) {
  return useListCount(['services', areaCode, 'list', 'count', filters], (page, size) => getServicePage(areaCode, filters, page, size));
}

import type { DecisionKind } from '@/features/decision/types';
import { apiClient, expectData } from '@/lib/api-client';
import { areaListRequest, useListPage } from '@/lib/list-queries';
import { listPageSize } from '@/lib/paging';
import type { paths } from '@/types/api';

export type DecisionSort = NonNullable<NonNullable<paths['/api/v1/areas/{areaCode}/decisions']['get']['parameters']['query']>['sort']>;

export type DecisionFilters = {
  q?: string;
  serviceId?: string;
  decision?: DecisionKind;
  /** Decided on or after. */
  from?: string;
  /** Decided on or before. */
  to?: string;
  /** Taken on the evidence of this indicator. */
  indicator?: string;
  includeArchived?: boolean;
  sort?: DecisionSort;
};

/** One page of the decisions that match (`page` from 0), newest decision first unless sorted otherwise. */
export async function getDecisionPage(areaCode: string, filters: DecisionFilters, page: number, size = listPageSize) {
  return expectData(
    await apiClient.GET(
      '/api/v1/areas/{areaCode}/decisions',
      areaListRequest(areaCode, page, size, filters, {
        sort: filters.sort,
        serviceId: filters.serviceId || undefined,
        decision: filters.decision,
        from: filters.from || undefined,
        to: filters.to || undefined,
        indicator: filters.indicator || undefined,
      }),
    ),
  );
}

export function useDecisionPage(areaCode: string, filters: DecisionFilters, page: number) {
  return useListPage(['decisions', areaCode, 'list', filters, page], () => getDecisionPage(areaCode, filters, page));
}

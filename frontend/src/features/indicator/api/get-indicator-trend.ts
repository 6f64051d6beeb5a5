import { useQuery } from '@tanstack/react-query';
import type { Trend } from '@/features/indicator/types';
import { apiClient, expectData } from '@/lib/api-client';

export type TrendQuery = { indicator: string; area: string; breakdown: string; category: string; from?: string; to?: string };

export async function getIndicatorTrend({ indicator, ...query }: TrendQuery): Promise<Trend> {
  return expectData(await apiClient.GET('/api/v1/indicators/{code}/trend', { params: { path: { code: indicator }, query } }));
}

export function useIndicatorTrend(query: TrendQuery) {
  return useQuery({
    queryKey: ['indicator-trend', query],
    queryFn: () => getIndicatorTrend(query),
    enabled: query.indicator !== '' && query.area !== '' && query.category !== '',
  });
}

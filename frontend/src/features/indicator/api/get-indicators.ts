import { useQuery } from '@tanstack/react-query';
import type { Indicator } from '@/features/indicator/types';
import { apiClient, expectData } from '@/lib/api-client';

export async function getIndicators(): Promise<Indicator[]> {
  const list = expectData(await apiClient.GET('/api/v1/indicators', { params: { query: { size: 500, sort: 'name' } } }));
  return list.items;
}

export function useIndicators() {
  return useQuery({ queryKey: ['indicators'], queryFn: getIndicators, staleTime: 5 * 60_000 });
}

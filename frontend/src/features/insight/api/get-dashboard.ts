import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '@/features/insight/types';
import { apiClient, expectData } from '@/lib/api-client';

/** `since` is the day to compare with; the API takes three months before today when it is not given. */
export async function getDashboard(areaCode: string, since?: string): Promise<Dashboard> {
  const data = expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/dashboard', { params: { path: { areaCode }, query: { since } } }),
  );
  return data as Dashboard;
}

export function useDashboard(areaCode: string, since?: string) {
  return useQuery({
    queryKey: ['insight', areaCode, 'dashboard', since ?? null],
    queryFn: () => getDashboard(areaCode, since),
    placeholderData: keepPreviousData,
  });
}

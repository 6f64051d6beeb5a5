import { useQuery } from '@tanstack/react-query';
import type { Strategy } from '@/features/strategy/api/get-strategies';
import { apiClient, expectData } from '@/lib/api-client';

export async function getStrategy(areaCode: string, id: string): Promise<Strategy> {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/strategies/{id}', { params: { path: { areaCode, id } } }),
  );
}

export function useStrategy(areaCode: string, id: string) {
  return useQuery({ queryKey: ['strategies', areaCode, id], queryFn: () => getStrategy(areaCode, id) });
}

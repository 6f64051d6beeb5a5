import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Strategy = components['schemas']['Strategy'];

export async function getStrategies(areaCode: string): Promise<Strategy[]> {
  const list = expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/strategies', {
      params: { path: { areaCode }, query: { size: 500 } },
    }),
  );
  return list.items;
}

export function useStrategies(areaCode: string) {
  return useQuery({ queryKey: ['strategies', areaCode], queryFn: () => getStrategies(areaCode) });
}

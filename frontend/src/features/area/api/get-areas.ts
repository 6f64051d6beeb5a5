import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Area = components['schemas']['Area'];

export async function getAreas(): Promise<Area[]> {
  const list = expectData(await apiClient.GET('/api/v1/areas', { params: { query: { size: 500, sort: 'name' } } }));
  return list.items;
}

export function useAreas() {
  return useQuery({ queryKey: ['areas'], queryFn: getAreas });
}

import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';
import { readAllPages } from '@/lib/paging';
import type { components } from '@/types/api';

export type Strategy = components['schemas']['Strategy'];

/** Every strategy of the area: the area page lists them all, and forms offer them all as choices. */
export async function getStrategies(areaCode: string): Promise<Strategy[]> {
  const list = await readAllPages(async (page, size) =>
    expectData(await apiClient.GET('/api/v1/areas/{areaCode}/strategies', { params: { path: { areaCode }, query: { page, size } } })),
  );
  return list.items;
}

export function useStrategies(areaCode: string) {
  return useQuery({ queryKey: ['strategies', areaCode], queryFn: () => getStrategies(areaCode) });
}

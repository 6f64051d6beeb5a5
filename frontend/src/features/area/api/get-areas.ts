import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';
import { readAllPages } from '@/lib/paging';
import type { components } from '@/types/api';

export type Area = components['schemas']['Area'];

/** Every area the user may see, by name: the home page lists them all, the explorer and the import offer them as choices. */
export async function getAreas(): Promise<Area[]> {
  const list = await readAllPages(async (page, size) =>
    expectData(await apiClient.GET('/api/v1/areas', { params: { query: { page, size, sort: 'name' } } })),
  );
  return list.items;
}

export function useAreas() {
  return useQuery({ queryKey: ['areas'], queryFn: getAreas });
}

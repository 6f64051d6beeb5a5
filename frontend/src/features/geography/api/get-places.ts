import { useQuery } from '@tanstack/react-query';
import type { PlaceLevel, PlaceSummary } from '@/features/geography/types';
import { apiClient, expectData } from '@/lib/api-client';

/** How many places a search shows: enough to find one by a part of its name, few enough to read. */
export const searchSize = 20;

export type PlaceSearch = { q: string; level?: PlaceLevel };

/** The first places whose name, GSS code or DfE number matches, by name, and how many match in all. */
export async function searchPlaces({ q, level }: PlaceSearch): Promise<{ items: PlaceSummary[]; total: number }> {
  const list = expectData(await apiClient.GET('/api/v1/geography', { params: { query: { q, level, size: searchSize, sort: 'name' } } }));
  return { items: list.items, total: list.total };
}

/** Nothing is asked for until there is something to search for. */
export function usePlaceSearch(search: PlaceSearch) {
  return useQuery({
    queryKey: ['geography', 'search', search],
    queryFn: () => searchPlaces(search),
    enabled: search.q.trim() !== '',
  });
}

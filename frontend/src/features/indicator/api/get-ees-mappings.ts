import { useQuery } from '@tanstack/react-query';
import type { SavedMapping } from '@/features/indicator/ees-types';
import { apiClient, expectData } from '@/lib/api-client';
import { readAllPages } from '@/lib/paging';

export const eesMappingsKey = ['ees-mappings'] as const;

/** Every saved EES mapping in use, by name, for choosing one. */
export async function getEesMappings(): Promise<SavedMapping[]> {
  const list = await readAllPages(async (page, size) =>
    expectData(await apiClient.GET('/api/v1/ees-mappings', { params: { query: { page, size, sort: 'name' } } })),
  );
  return list.items;
}

export function useEesMappings() {
  return useQuery({ queryKey: eesMappingsKey, queryFn: getEesMappings });
}

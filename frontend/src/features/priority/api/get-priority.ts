import { useQuery } from '@tanstack/react-query';
import type { VersionedPriority } from '@/features/priority/types';
import { apiClient, etagFor, expectData } from '@/lib/api-client';

export async function getPriority(areaCode: string, id: string): Promise<VersionedPriority> {
  const result = await apiClient.GET('/api/v1/areas/{areaCode}/priorities/{id}', { params: { path: { areaCode, id } } });
  const priority = expectData(result);
  return { priority, etag: etagFor(result.response, priority.version) };
}

export function priorityQueryKey(areaCode: string, id: string) {
  return ['priorities', areaCode, 'one', id] as const;
}

/** `fresh` reads the priority again even if a recent copy is cached (for forms that will change it). */
export function usePriority(areaCode: string, id: string, { fresh = false } = {}) {
  return useQuery({
    queryKey: priorityQueryKey(areaCode, id),
    queryFn: () => getPriority(areaCode, id),
    ...(fresh ? { staleTime: 0, refetchOnMount: 'always' as const } : {}),
  });
}

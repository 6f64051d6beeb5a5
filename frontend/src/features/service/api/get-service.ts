import { useQuery } from '@tanstack/react-query';
import type { VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function getService(areaCode: string, id: string): Promise<VersionedService> {
  return expectVersioned(await apiClient.GET('/api/v1/areas/{areaCode}/services/{id}', { params: { path: { areaCode, id } } }));
}

export function serviceQueryKey(areaCode: string, id: string) {
  return ['services', areaCode, 'one', id] as const;
}

/** `fresh` reads the service again even if a recent copy is cached (for forms that will change it). */
export function useService(areaCode: string, id: string, { fresh = false } = {}) {
  return useQuery({
    queryKey: serviceQueryKey(areaCode, id),
    queryFn: () => getService(areaCode, id),
    ...(fresh ? { staleTime: 0, refetchOnMount: 'always' as const } : {}),
  });
}

import { useQuery } from '@tanstack/react-query';
import type { VersionedCoproduction } from '@/features/coproduction/types';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function getCoproduction(areaCode: string, id: string): Promise<VersionedCoproduction> {
  return expectVersioned(await apiClient.GET('/api/v1/areas/{areaCode}/coproduction/{id}', { params: { path: { areaCode, id } } }));
}

export function coproductionQueryKey(areaCode: string, id: string) {
  return ['coproduction', areaCode, 'one', id] as const;
}

/** `fresh` reads the co-production record again even if a recent copy is cached (for forms that will change it). */
export function useCoproduction(areaCode: string, id: string, { fresh = false } = {}) {
  return useQuery({
    queryKey: coproductionQueryKey(areaCode, id),
    queryFn: () => getCoproduction(areaCode, id),
    ...(fresh ? { staleTime: 0, refetchOnMount: 'always' as const } : {}),
  });
}

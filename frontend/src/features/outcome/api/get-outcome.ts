import { useQuery } from '@tanstack/react-query';
import type { VersionedOutcome } from '@/features/outcome/types';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function getOutcome(areaCode: string, id: string): Promise<VersionedOutcome> {
  return expectVersioned(await apiClient.GET('/api/v1/areas/{areaCode}/outcomes/{id}', { params: { path: { areaCode, id } } }));
}

export function outcomeQueryKey(areaCode: string, id: string) {
  return ['outcomes', areaCode, 'one', id] as const;
}

/** `fresh` reads the outcome again even if a recent copy is cached (for forms that will change it). */
export function useOutcome(areaCode: string, id: string, { fresh = false } = {}) {
  return useQuery({
    queryKey: outcomeQueryKey(areaCode, id),
    queryFn: () => getOutcome(areaCode, id),
    ...(fresh ? { staleTime: 0, refetchOnMount: 'always' as const } : {}),
  });
}

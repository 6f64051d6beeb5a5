import { useQuery } from '@tanstack/react-query';
import type { VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function getIndicator(code: string): Promise<VersionedIndicator> {
  return expectVersioned(await apiClient.GET('/api/v1/indicators/{code}', { params: { path: { code } } }));
}

export function indicatorQueryKey(code: string) {
  return ['indicators', 'one', code] as const;
}

/** `fresh` reads the indicator again even if a recent copy is cached (for forms that will change it). */
export function useIndicator(code: string, { fresh = false } = {}) {
  return useQuery({
    queryKey: indicatorQueryKey(code),
    queryFn: () => getIndicator(code),
    ...(fresh ? { staleTime: 0, refetchOnMount: 'always' as const } : {}),
  });
}

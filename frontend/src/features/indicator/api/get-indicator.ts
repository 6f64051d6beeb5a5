import type { VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { useRecordQuery } from '@/lib/record-queries';

export async function getIndicator(code: string): Promise<VersionedIndicator> {
  return expectVersioned(await apiClient.GET('/api/v1/indicators/{code}', { params: { path: { code } } }));
}

export function indicatorQueryKey(code: string) {
  return ['indicators', 'one', code] as const;
}

/** `fresh` reads the indicator again even if a recent copy is cached (for forms that will change it). */
export function useIndicator(code: string, options?: { fresh?: boolean }) {
  return useRecordQuery(indicatorQueryKey(code), () => getIndicator(code), options);
}

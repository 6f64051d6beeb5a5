import type { VersionedPriority } from '@/features/priority/types';
import { areaRecordKey, useRecordQuery } from '@/lib/record-queries';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function getPriority(areaCode: string, id: string): Promise<VersionedPriority> {
  return expectVersioned(
    await apiClient.GET('/api/v1/areas/{areaCode}/priorities/{id}', { params: { path: { areaCode, id } } }),
  );
}

/** `fresh` reads the record again even if a recent copy is cached (for forms that will change it). */
export function usePriority(areaCode: string, id: string, options?: { fresh?: boolean }) {
  return useRecordQuery(areaRecordKey('priorities', areaCode, id), () => getPriority(areaCode, id), options);
}

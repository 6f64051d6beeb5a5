import type { VersionedCoproduction } from '@/features/coproduction/types';
import { areaRecordKey, useRecordQuery } from '@/lib/record-queries';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function getCoproduction(areaCode: string, id: string): Promise<VersionedCoproduction> {
  return expectVersioned(await apiClient.GET('/api/v1/areas/{areaCode}/coproduction/{id}', { params: { path: { areaCode, id } } }));
}

/** `fresh` reads the record again even if a recent copy is cached (for forms that will change it). */
export function useCoproduction(areaCode: string, id: string, options?: { fresh?: boolean }) {
  return useRecordQuery(areaRecordKey('coproduction', areaCode, id), () => getCoproduction(areaCode, id), options);
}

import type { VersionedOutcome } from '@/features/outcome/types';
import { areaRecordKey, useRecordQuery } from '@/lib/record-queries';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function getOutcome(areaCode: string, id: string): Promise<VersionedOutcome> {
  return expectVersioned(await apiClient.GET('/api/v1/areas/{areaCode}/outcomes/{id}', { params: { path: { areaCode, id } } }));
}

/** `fresh` reads the record again even if a recent copy is cached (for forms that will change it). */
export function useOutcome(areaCode: string, id: string, options?: { fresh?: boolean }) {
  return useRecordQuery(areaRecordKey('outcomes', areaCode, id), () => getOutcome(areaCode, id), options);
}

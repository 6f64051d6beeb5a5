import type { VersionedDecision } from '@/features/decision/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKey, useRecordQuery } from '@/lib/record-queries';

export async function getDecision(areaCode: string, id: string): Promise<VersionedDecision> {
  return expectVersioned(await apiClient.GET('/api/v1/areas/{areaCode}/decisions/{id}', { params: { path: { areaCode, id } } }));
}

/** `fresh` reads the decision again even if a recent copy is cached (for forms that will change it). */
export function useDecision(areaCode: string, id: string, options?: { fresh?: boolean }) {
  return useRecordQuery(areaRecordKey('decisions', areaCode, id), () => getDecision(areaCode, id), options);
}

import type { VersionedService } from '@/features/service/types';
import { areaRecordKey, useRecordQuery } from '@/lib/record-queries';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function getService(areaCode: string, id: string): Promise<VersionedService> {
  return expectVersioned(await apiClient.GET('/api/v1/areas/{areaCode}/services/{id}', { params: { path: { areaCode, id } } }));
}

/** `fresh` reads the record again even if a recent copy is cached (for forms that will change it). */
export function useService(areaCode: string, id: string, options?: { fresh?: boolean }) {
  return useRecordQuery(areaRecordKey('services', areaCode, id), () => getService(areaCode, id), options);
}

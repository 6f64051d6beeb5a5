import type { Service, VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function archiveService(areaCode: string, id: string, etag: string): Promise<VersionedService> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/areas/{areaCode}/services/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useArchiveService(areaCode: string) {
  return useRecordMutation({ mutationFn: ({ id, etag }: { id: string; etag: string }) => archiveService(areaCode, id, etag), ...areaRecordKeys<Service>('services', areaCode) });
}

import type { Priority, VersionedPriority } from '@/features/priority/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function archivePriority(areaCode: string, id: string, etag: string): Promise<VersionedPriority> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/areas/{areaCode}/priorities/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useArchivePriority(areaCode: string) {
  return useRecordMutation({ mutationFn: ({ id, etag }: { id: string; etag: string }) => archivePriority(areaCode, id, etag), ...areaRecordKeys<Priority>('priorities', areaCode) });
}

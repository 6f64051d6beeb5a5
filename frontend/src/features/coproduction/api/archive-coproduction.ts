import type { Coproduction, VersionedCoproduction } from '@/features/coproduction/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function archiveCoproduction(areaCode: string, id: string, etag: string): Promise<VersionedCoproduction> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/areas/{areaCode}/coproduction/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useArchiveCoproduction(areaCode: string) {
  return useRecordMutation({ mutationFn: ({ id, etag }: { id: string; etag: string }) => archiveCoproduction(areaCode, id, etag), ...areaRecordKeys<Coproduction>('coproduction', areaCode) });
}

import type { Decision, VersionedDecision } from '@/features/decision/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function archiveDecision(areaCode: string, id: string, etag: string): Promise<VersionedDecision> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/areas/{areaCode}/decisions/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useArchiveDecision(areaCode: string) {
  return useRecordMutation({ mutationFn: ({ id, etag }: { id: string; etag: string }) => archiveDecision(areaCode, id, etag), ...areaRecordKeys<Decision>('decisions', areaCode) });
}

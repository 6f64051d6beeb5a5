import type { Outcome, VersionedOutcome } from '@/features/outcome/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { areaRecordKeys, useRecordMutation } from '@/lib/record-queries';

export async function archiveOutcome(areaCode: string, id: string, etag: string): Promise<VersionedOutcome> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/areas/{areaCode}/outcomes/{id}', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useArchiveOutcome(areaCode: string) {
  return useRecordMutation({ mutationFn: ({ id, etag }: { id: string; etag: string }) => archiveOutcome(areaCode, id, etag), ...areaRecordKeys<Outcome>('outcomes', areaCode) });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VersionedService } from '@/features/service/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';
import { areaRecordKey } from '@/lib/record-queries';

export type LinkVariables = { etag: string; ids: string[] };

/** The co-production records that shaped the service become `ids` (each record keeps the link). */
export async function linkServiceCoproduction(areaCode: string, id: string, { etag, ids }: LinkVariables): Promise<VersionedService> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/areas/{areaCode}/services/{id}/coproduction', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
      body: { coproductionIds: ids },
    }),
  );
}

/** Saves the service's co-production links; the records changed are read again when next shown. */
export function useLinkServiceCoproduction(areaCode: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: LinkVariables) => linkServiceCoproduction(areaCode, id, variables),
    onSuccess: (saved) => {
      queryClient.setQueryData(areaRecordKey('services', areaCode, id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['services', areaCode, 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['coproduction', areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, id),
      ]);
    },
  });
}

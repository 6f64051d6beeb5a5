import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VersionedPriority } from '@/features/priority/types';
import { apiClient, expectVersioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';
import { areaRecordKey } from '@/lib/record-queries';

export type LinkVariables = { etag: string; ids: string[] };

/** The services that deliver the priority become `ids` (each service keeps the link). */
export async function linkPriorityServices(areaCode: string, id: string, { etag, ids }: LinkVariables): Promise<VersionedPriority> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/areas/{areaCode}/priorities/{id}/services', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
      body: { serviceIds: ids },
    }),
  );
}

/** The co-production records that shaped the priority become `ids` (each record keeps the link). */
export async function linkPriorityCoproduction(areaCode: string, id: string, { etag, ids }: LinkVariables): Promise<VersionedPriority> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/areas/{areaCode}/priorities/{id}/coproduction', {
      params: { path: { areaCode, id }, header: { 'If-Match': etag } },
      body: { coproductionIds: ids },
    }),
  );
}

/**
 * Saves the priority's links of one kind. The owners of the links changed too: their own pages
 * and lists are read again when next shown.
 */
export function useLinkPriority(areaCode: string, id: string, kind: 'services' | 'coproduction') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: LinkVariables) =>
      kind === 'services' ? linkPriorityServices(areaCode, id, variables) : linkPriorityCoproduction(areaCode, id, variables),
    onSuccess: (saved) => {
      queryClient.setQueryData(areaRecordKey('priorities', areaCode, id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['priorities', areaCode, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [kind, areaCode, 'list'] }),
        invalidateLinkedRecords(queryClient, areaCode, id),
      ]);
    },
  });
}

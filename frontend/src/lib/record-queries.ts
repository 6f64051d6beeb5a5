import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Versioned } from '@/lib/api-client';
import { invalidateLinkedRecords } from '@/lib/linked-queries';

/**
 * A change to one record (create, update, archive, restore). On success the record's own query
 * holds the saved version at once, and its lists are read again; an area's record may also show
 * as linked on the area's other records, which are read again too.
 */
export function useRecordMutation<V, T extends object>({
  mutationFn,
  queryKey,
  listsKey,
  linkedIn,
}: {
  mutationFn: (variables: V) => Promise<Versioned<T>>;
  /** The query that reads the one record. */
  queryKey: (record: T) => QueryKey;
  /** The start of the key of every list the record may be in. */
  listsKey: QueryKey;
  /** The area whose records may link to this one, with the id they link by. */
  linkedIn?: { areaCode: string; id: (record: T) => string };
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey(saved.record), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: listsKey }),
        linkedIn && invalidateLinkedRecords(queryClient, linkedIn.areaCode, linkedIn.id(saved.record)),
      ]);
    },
  });
}

/**
 * The key of the query of one record of an area. Every one is `[type, areaCode, 'one', id]`, so
 * that a change can find the area's other records (see `invalidateLinkedRecords`).
 */
export function areaRecordKey(type: string, areaCode: string, id: string) {
  return [type, areaCode, 'one', id] as const;
}

/** One record; `fresh` reads it again even if a recent copy is cached (for forms that will change it). */
export function useRecordQuery<T>(queryKey: QueryKey, queryFn: () => Promise<T>, { fresh = false } = {}) {
  return useQuery({
    queryKey,
    queryFn,
    ...(fresh ? { staleTime: 0, refetchOnMount: 'always' as const } : {}),
  });
}

/** The keys a change to a record of an area refreshes: its own query, its lists and the area's records linked to it. */
export function areaRecordKeys<T extends { id: string }>(type: string, areaCode: string) {
  return {
    queryKey: (record: T) => areaRecordKey(type, areaCode, record.id),
    listsKey: [type, areaCode, 'list'] as const,
    linkedIn: { areaCode, id: (record: T) => record.id },
  };
}

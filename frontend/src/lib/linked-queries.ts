import type { QueryClient } from '@tanstack/react-query';

/**
 * Every single-record query is keyed `[type, areaCode, 'one', id]` and carries the records linked
 * to it, from whichever side keeps the link. A change to one record can change what another
 * shows as linked, so after any change the area's other single records are read again when next shown.
 */
export function invalidateLinkedRecords(queryClient: QueryClient, areaCode: string, changedId: string): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey }) => queryKey[1] === areaCode && queryKey[2] === 'one' && queryKey[3] !== changedId,
  });
}

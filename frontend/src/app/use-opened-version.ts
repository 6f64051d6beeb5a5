import { useEffect, useState } from 'react';

/**
 * The version of a record an edit form starts from: the one read when the page opened (a fresh
 * read, not a cached copy). The form keeps its ETag, so a change saved meanwhile by someone else
 * is caught as a conflict rather than silently overwritten, and later reads do not reset the form.
 */
export function useOpenedVersion<T>(query: { data: T | undefined; isFetching: boolean }): T | undefined {
  const [opened, setOpened] = useState<T>();
  useEffect(() => {
    if (!opened && query.data && !query.isFetching) setOpened(query.data);
  }, [opened, query.data, query.isFetching]);
  return opened;
}

import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { readAllPages } from '@/lib/paging';

/** A page of a list as the API reads it: `page` counted from 0, `size` records at most. */
export type ReadPage<L> = (page: number, size: number) => Promise<L>;

/** The query parameters of the filters every list takes: a blank search is none, archived records only when asked for. */
export function listQuery(filters: { q?: string; includeArchived?: boolean }) {
  return { q: filters.q?.trim() || undefined, includeArchived: filters.includeArchived || undefined };
}

/** The request of one page of an area's list: the area, the page, the filters every list takes and the list's own `query`. */
export function areaListRequest<Q extends object>(areaCode: string, page: number, size: number, filters: { q?: string; includeArchived?: boolean }, query: Q) {
  return { params: { path: { areaCode }, query: { page, size, ...listQuery(filters), ...query } } };
}

/** One page of a list; the page shown stays on screen while the next one is read. */
export function useListPage<L>(queryKey: QueryKey, readPage: () => Promise<L>, enabled = true) {
  return useQuery({ queryKey, queryFn: readPage, placeholderData: keepPreviousData, enabled });
}

/** Every record of a list, page after page: for the choices of a form and lists that are not paged. */
export function useWholeList<T>(queryKey: QueryKey, readPage: ReadPage<{ items: T[]; total: number }>) {
  return useQuery({ queryKey, queryFn: () => readAllPages(readPage) });
}

/** How many records match, read from the list's `total` without fetching them. */
export function useListCount(queryKey: QueryKey, readPage: ReadPage<{ total: number }>, enabled = true) {
  return useQuery({ queryKey, queryFn: async () => (await readPage(0, 1)).total, enabled });
}

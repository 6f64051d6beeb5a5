import { isIsoDate } from '@/lib/dates';

/** Filters as the query of the page's address: empty values are left out, so the address stays short. */
export function toSearchParams(values: Record<string, string | boolean | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const text = typeof value === 'boolean' ? String(value) : value.trim();
    if (text !== '') params.set(name, text);
  }
  return params;
}

/** A yes/no filter from the address: "true", "false", or neither. */
export function booleanParam(params: URLSearchParams, name: string): boolean | undefined {
  const value = params.get(name);
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** The page of a list the address asks for, counted from 1 (`?page=2`); the first when it names none, or none that can be. */
export function pageParam(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** The query of another page of the same list, its filters and sort kept; page 1 has no `page`, as the list's own address. */
export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page === 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}

/** A date from the address (`?since=2026-03-31`), or none when it is not one. */
export function dateParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name) ?? '';
  return isIsoDate(value) ? value : undefined;
}

/** The filters every list has, read from the address: the search, whether to show archived records, and the sort when it is one of `sorts`. */
export function commonListParams<S extends string>(params: URLSearchParams, sorts: readonly S[]) {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    includeArchived: params.get('includeArchived') === 'true',
    sort: sorts.find((candidate) => candidate === sort),
  };
}

/** Filters as the address of the list: archived records are shown only when asked for. */
export function filterParams(filters: Record<string, string | boolean | undefined> & { includeArchived?: boolean }): URLSearchParams {
  return toSearchParams({ ...filters, includeArchived: filters.includeArchived || undefined });
}

/** Whether any filter is chosen (the sort is not a filter): the list then says how many match. */
export function isFiltered(filters: { sort?: string }): boolean {
  const { sort: _sort, ...chosen } = filters;
  return Object.values(chosen).some((value) => value === true || (typeof value === 'string' && value.trim() !== ''));
}

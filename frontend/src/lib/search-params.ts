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

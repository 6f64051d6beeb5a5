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

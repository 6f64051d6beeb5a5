/** The values of an API enumeration with what users call them, in the order to offer them. */
export type Labelled<T extends string> = { value: T; label: string }[];

export function labelOf<T extends string>(list: Labelled<T>, value: T | null | undefined): string {
  return list.find((entry) => entry.value === value)?.label ?? value ?? '';
}

/** The value if it is one of the list's, else none: for reading filters from the address bar. */
export function oneOf<T extends string>(list: Labelled<T>, value: string | null | undefined): T | undefined {
  return list.find((entry) => entry.value === value)?.value;
}

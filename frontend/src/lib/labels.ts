import { orNone } from '@/lib/format';

/** The values of an API enumeration with what users call them, in the order to offer them. */
export type Labelled<T extends string> = { value: T; label: string }[];

export function labelOf<T extends string>(list: Labelled<T>, value: T | null | undefined): string {
  return list.find((entry) => entry.value === value)?.label ?? value ?? '';
}

/** The labels of the values chosen, one after another (a label may hold a comma), or "None". */
export function labelsOf<T extends string>(list: Labelled<T>, values: T[]): string {
  return orNone(values.map((value) => labelOf(list, value)).join('; '));
}

/** The value if it is one of the list's, else none: for reading filters from the address bar. */
export function oneOf<T extends string>(list: Labelled<T>, value: string | null | undefined): T | undefined {
  return list.find((entry) => entry.value === value)?.value;
}

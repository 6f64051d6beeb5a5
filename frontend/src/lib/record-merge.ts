import { dateInWords, type DateParts } from '@/lib/date-parts';

/**
 * A three-way merge of a form's values, field by field, when someone else saved the record after
 * the form loaded it (a 412): `base` is what the form loaded, `mine` what the user has now,
 * `theirs` the saved version. A field only one side changed keeps that side's value; a field both
 * changed, differently, is a clash the user settles.
 */
export type Merge<V> = {
  /** `mine` with every field only they changed taken from `theirs`; clashes keep mine until settled. */
  merged: V;
  theirsOnly: (keyof V & string)[];
  mineOnly: (keyof V & string)[];
  clashes: (keyof V & string)[];
};

/** Rows of a list carry a key the form makes up to track them; it is not part of what was saved. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (name, inner) => (name === 'key' ? undefined : inner));
}

export function same(a: unknown, b: unknown): boolean {
  return comparable(a) === comparable(b);
}

export function mergeValues<V extends object>(base: V, mine: V, theirs: V): Merge<V> {
  const merged = { ...mine };
  const theirsOnly: (keyof V & string)[] = [];
  const mineOnly: (keyof V & string)[] = [];
  const clashes: (keyof V & string)[] = [];
  for (const field of Object.keys(base) as (keyof V & string)[]) {
    const mineChanged = !same(base[field], mine[field]);
    const theirsChanged = !same(base[field], theirs[field]);
    if (theirsChanged && !mineChanged) {
      merged[field] = theirs[field];
      theirsOnly.push(field);
    } else if (mineChanged && !theirsChanged) {
      mineOnly.push(field);
    } else if (mineChanged && theirsChanged && !same(mine[field], theirs[field])) {
      clashes.push(field);
    }
  }
  return { merged, theirsOnly, mineOnly, clashes };
}

/** The values `valueInWords` can say: text, numbers, yes or no, dates as typed into their boxes. */
export type PlainValue = string | number | boolean | DateParts | null | undefined;

/** The fields whose values are not plain (lists, groups of fields, evidence): a form must say them in words itself. */
type ListsAndGroups<V> = { [K in keyof V & string]: V[K] extends Exclude<PlainValue, null | undefined> ? never : K }[keyof V & string];

/**
 * How the conflict panel says a field's value, in the words the form's controls and its saved
 * version use: names for ids and codes, labels for choices, sentences for rows. The form must
 * give them for lists and groups of fields; a field it gives none for is plain and shown by `valueInWords`.
 */
export type FieldWords<V> = { [K in keyof V & string]?: (value: V[K]) => string } & { [K in ListsAndGroups<V>]-?: (value: V[K]) => string };

/** A plain field's value in words: text as typed, Yes or No, a date as the app writes it. */
export function valueInWords(value: PlainValue): string {
  if (value === null || value === undefined || value === '') return 'None';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return dateInWords(value);
}

/** Says a field's value in the form's words, or, for a plain field it gives none for, with `valueInWords`. */
export function fieldInWords<V>(words: FieldWords<V>, field: string, value: unknown): string {
  const say = (words as Partial<Record<string, (value: unknown) => string>>)[field];
  return say ? say(value) : valueInWords(value as PlainValue);
}

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

/** A field's value in words, as the conflict panel shows it: text as typed, lists one item after another. */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const choiceName = /^[a-z0-9]+(_[a-z0-9]+)+$/;

export function valueInWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'Nothing';
  if (typeof value === 'string') {
    // A choice's name (on_track) reads as words; a link is counted, not shown as its id.
    if (choiceName.test(value)) return value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, ' ');
    return value;
  }
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && uuid.test(item))) {
    return `${value.length} linked ${value.length === 1 ? 'record' : 'records'}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'None';
    return value.map((item) => valueInWords(item)).join('; ');
  }
  const record = value as Record<string, unknown>;
  if ('day' in record && 'month' in record && 'year' in record) {
    const parts = [record.day, record.month, record.year].filter((part) => part !== '');
    return parts.length === 0 ? 'Nothing' : parts.join('/');
  }
  const words = Object.entries(record)
    .filter(([name, inner]) => name !== 'key' && inner !== '' && inner !== null && inner !== undefined)
    .map(([, inner]) => valueInWords(inner))
    .filter((text) => text !== 'Nothing' && text !== 'None');
  return words.length === 0 ? 'Nothing' : words.join(', ');
}

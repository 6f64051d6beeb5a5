import { formatDate } from '@/lib/format';
import type { FieldLabels } from '@/lib/field-errors';
import { labelOf, type Labelled } from '@/lib/labels';
import { isIsoDate } from '@/lib/dates';
import type { components } from '@/types/api';

export type HistoryEntry = components['schemas']['HistoryEntry'];
export type HistoryChange = HistoryEntry['changes'][number];
export type HistoryAction = HistoryEntry['action'];

/** A field's value in words, from the JSON value the API printed. */
export type ValueWords = (value: unknown) => string;

/** What a record type's fields are called and how each one's values are said. */
export type HistoryFields = {
  /** The form's labels for the fields, as `FieldLabels` (nested parts as `participants.parentsCarers`). */
  labels: FieldLabels;
  /** How the values of a field are said, where plain words would not do (codes, dates, lists). */
  values?: Record<string, ValueWords>;
  /** Lists of things (actions, measures): counted, and the items added, removed or changed named by `name`. */
  itemLists?: Record<string, { singular: string; plural?: string; name: (item: Record<string, unknown>) => string }>;
};

/** A change in words: "Status", "On track", "At risk"; `detail` names what was added or removed in a list. */
export type ChangeWords = { label: string; before: string; after: string; detail?: string };

export const noValue = '(none)';

const actionWords: Record<HistoryAction, string> = {
  create: 'Created',
  update: 'Changed',
  archive: 'Archived',
  restore: 'Restored',
  import: 'Imported',
};

/** "Created", "Changed", "Archived", "Restored", "Imported". */
export function actionWord(action: HistoryAction): string {
  return actionWords[action] ?? humanise(action);
}

/** A name from code in words: `contractEnd` as "Contract end", `on_track` as "On track", `priorityIds` as "Priority". */
export function humanise(name: string): string {
  const words = name
    .replace(/Ids?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A value in plain words: text as typed, numbers and yes/no as people write them, lists joined,
 * the parts of an object by their labels. `guess` is for a field no one has described: there a
 * date is put in words and a code (`spot_purchase`) humanised, as text typed by people is not.
 */
function plainWords(value: unknown, { labels = {}, path = '', guess = false }: { labels?: FieldLabels; path?: string; guess?: boolean } = {}): string {
  if (isEmpty(value)) return noValue;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'string') {
    if (guess && /^\d{4}-\d{2}-\d{2}(T|$)/.test(value) && isIsoDate(value.slice(0, 10))) return formatDate(value);
    return guess && /^[a-z]+(_[a-z0-9]+)+$/.test(value) ? humanise(value) : value;
  }
  if (Array.isArray(value)) {
    return value.every((item) => !isObject(item))
      ? value.map((item) => plainWords(item, { guess })).join(', ')
      : `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  }
  if (isObject(value)) {
    const parts = Object.entries(value)
      .filter(([, part]) => !isEmpty(part))
      .map(([key, part]) => `${labels[path ? `${path}.${key}` : key] ?? humanise(key)} ${plainWords(part, { guess })}`);
    return parts.length === 0 ? noValue : parts.join(', ');
  }
  return String(value);
}

/** The words of an enumeration's codes, as the app's lists of labels say them. */
export function enumWords<T extends string>(list: Labelled<T>): ValueWords {
  return (value) => (isEmpty(value) ? noValue : labelOf(list, value as T));
}

/** A list of codes in words: "Education, Health". */
export function enumListWords<T extends string>(list: Labelled<T>): ValueWords {
  return (value) => (isEmpty(value) || !Array.isArray(value) ? noValue : value.map((code) => labelOf(list, code as T)).join(', '));
}

/** An ISO date as "31 March 2026". */
export const dateWords: ValueWords = (value) => (isEmpty(value) ? noValue : formatDate(String(value)));

/** Linked records by their ids, counted: "2 outcomes linked". */
export function linkedWords(singular: string, plural = `${singular}s`): ValueWords {
  return (value) => {
    const count = Array.isArray(value) ? value.length : 0;
    return count === 0 ? noValue : `${count} ${count === 1 ? singular : plural} linked`;
  };
}

/** A list of codes (indicators) by their names from `names`, a code the page cannot name as it is. */
export function nameListWords(names: ReadonlyMap<string, string>): ValueWords {
  return (value) => (isEmpty(value) || !Array.isArray(value) ? noValue : value.map((code) => names.get(String(code)) ?? String(code)).join(', '));
}

/** One linked record by its id, named from `titles` where the page knows it. */
export function titleWords(titles: ReadonlyMap<string, string>, unknown: string): ValueWords {
  return (value) => (isEmpty(value) ? noValue : (titles.get(String(value)) ?? unknown));
}

function itemListChange(
  before: unknown,
  after: unknown,
  { singular, plural = `${singular}s`, name }: NonNullable<HistoryFields['itemLists']>[string],
): Pick<ChangeWords, 'before' | 'after' | 'detail'> {
  const was = (Array.isArray(before) ? before : []).filter(isObject);
  const now = (Array.isArray(after) ? after : []).filter(isObject);
  const counted = (items: unknown[]) => (items.length === 0 ? noValue : `${items.length} ${items.length === 1 ? singular : plural}`);
  const wasNames = was.map(name);
  const nowNames = now.map(name);
  const added = nowNames.filter((item) => !wasNames.includes(item));
  const removed = wasNames.filter((item) => !nowNames.includes(item));
  const changed = now
    .filter((item) => {
      const earlier = was.find((candidate) => name(candidate) === name(item));
      return earlier !== undefined && JSON.stringify(earlier) !== JSON.stringify(item);
    })
    .map(name);
  const quoted = (names: string[]) => names.map((item) => `“${item}”`).join(', ');
  const detail = [
    added.length > 0 && `added ${quoted(added)}`,
    removed.length > 0 && `removed ${quoted(removed)}`,
    changed.length > 0 && `changed ${quoted(changed)}`,
  ].filter((part): part is string => Boolean(part));
  return {
    before: counted(was),
    after: counted(now),
    detail: detail.length > 0 ? detail.join('; ').replace(/^./, (first) => first.toUpperCase()) : undefined,
  };
}

/** One field's change in the words of the record's form: "Status", "On track" → "At risk". */
export function changeWords(change: HistoryChange, fields: HistoryFields): ChangeWords {
  const label = fields.labels[change.field] ?? humanise(change.field);
  const itemList = fields.itemLists?.[change.field];
  if (itemList) return { label, ...itemListChange(change.before, change.after, itemList) };
  const guess = fields.labels[change.field] === undefined;
  const words = fields.values?.[change.field] ?? ((value: unknown) => plainWords(value, { labels: fields.labels, path: change.field, guess }));
  return { label, before: isEmpty(change.before) ? noValue : words(change.before), after: isEmpty(change.after) ? noValue : words(change.after) };
}

/**
 * A change as one line: "Status: On track → At risk"; a record's creation says what it was
 * made with ("Title: Early help"), and a list names what was added or removed.
 */
export function changeLine(change: HistoryChange, fields: HistoryFields, action: HistoryAction): string {
  const { label, before, after, detail } = changeWords(change, fields);
  const value = action === 'create' && before === noValue ? after : `${before} → ${after}`;
  return `${label}: ${value}${detail ? `. ${detail}` : ''}`;
}

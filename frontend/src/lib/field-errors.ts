import type { DateInputError } from '@/components/govuk/date-input';
import type { ErrorSummaryItem } from '@/components/govuk/error-summary';
import type { FieldError } from '@/lib/api-client';
import { dateParts, datePartIds } from '@/lib/date-parts';

/**
 * The API names fields by JSON path (`title`, `actions[0].dueDate`, `participants.parentsCarers`);
 * a validator may put the method and parameter in front (`update.input.title`), which we drop by
 * starting at the first part that is one of the form's top-level fields.
 */
export function normaliseField(field: string, roots: ReadonlySet<string>): string {
  const parts = field.split('.');
  const start = parts.findIndex((part) => roots.has(part.replace(/\[\d+\]$/, '')));
  return start > 0 ? parts.slice(start).join('.') : field;
}

/** The id of the form control for a field path: `actions[0].dueDate` is `actions-0-dueDate`. */
export function fieldId(path: string): string {
  return path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

/**
 * The control that shows an error: the field's own control if the form has one, else the
 * nearest enclosing one, so `priorityIds[1]` lands on the `priorityIds` checkboxes.
 */
export function targetId(path: string, ids: ReadonlySet<string>): string | undefined {
  let id = fieldId(path);
  while (id !== '') {
    if (ids.has(id)) return id;
    const cut = id.lastIndexOf('-');
    id = cut > 0 ? id.slice(0, cut) : '';
  }
  return undefined;
}

/**
 * What users call each field, keyed by its path with list positions as `[]`
 * (`contractEnd`, `priorityIds[]`, `participants.parentsCarers`); `{n}` in a name stands for
 * the item's number (`'actions[].dueDate': 'Due date for action {n}'`).
 */
export type FieldLabels = Record<string, string>;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The API's messages are fragments such as "must not be before contractStart". A fragment gets
 * the field's name in front and the API's field names inside turned into the form's words:
 * "Contract end date must not be before contract start date". A whole sentence is left alone.
 */
export function readableMessage(error: FieldError, labels: FieldLabels): string {
  const { field, message } = error;
  if (!/^[a-z]/.test(message)) return message;
  const words = message.replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, (name) => (labels[name] ? lowerFirst(labels[name]) : name));
  const position = [...field.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]) + 1).at(-1);
  const label = labels[field.replace(/\[\d+\]/g, '[]')];
  if (!label) return `${field} ${words}`;
  return `${label.replace('{n}', String(position ?? ''))} ${words}`;
}

export type DescribedErrors = {
  /** The message to show on each control, by control id (the first, when several land on one). */
  byId: Map<string, string>;
  /** Every error, in order, linking to its control where the form has one; each message once. */
  summary: ErrorSummaryItem[];
};

/**
 * A date input is known by its boxes (`contractEnd-day`...): an error on the whole date lands on
 * all three, and links to the first, as the GOV.UK error summary does.
 */
function controlsFor(id: string | undefined, ids: ReadonlySet<string>): string[] {
  if (!id) return [];
  return ids.has(`${id}-day`) ? datePartIds(id) : [id];
}

export function describeFieldErrors(errors: FieldError[], ids: ReadonlySet<string>, labels: FieldLabels): DescribedErrors {
  const byId = new Map<string, string>();
  const summary: ErrorSummaryItem[] = [];
  for (const error of errors) {
    const text = readableMessage(error, labels);
    const controls = controlsFor(targetId(error.field, ids), ids);
    for (const id of controls) if (!byId.has(id)) byId.set(id, text);
    // A date missing its day and year is an error on each of the two boxes, said once.
    if (!summary.some((item) => item.text === text)) summary.push({ text, href: controls.length > 0 ? `#${controls[0]}` : undefined });
  }
  return { byId, summary };
}

/** What a date input shows: the first message on any of its boxes, and the boxes to mark. */
export function dateInputError(byId: ReadonlyMap<string, string>, id: string): DateInputError | undefined {
  const parts = dateParts.filter((part) => byId.has(`${id}-${part}`));
  if (parts.length === 0) return undefined;
  return { message: byId.get(`${id}-${parts[0]}`) as string, parts };
}

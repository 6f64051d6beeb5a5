import type { ActionStatus, Priority, PriorityInput, RagStatus } from '@/features/priority/types';
import type { FieldError } from '@/lib/api-client';
import { datePartIds, datePartsFromIso, dateProblems, emptyDate, isoFromDateParts, type DateParts } from '@/lib/date-parts';
import type { FieldLabels } from '@/lib/field-errors';
import type { FormFields } from '@/lib/use-record-form';

export type ActionValues = { key: string; description: string; owner: string; dueDate: DateParts; status: ActionStatus };
/** `figure`: which figure of the indicator the measure follows, as `breakdown|category` (`total|total`: the headline). */
export type MeasureValues = { key: string; description: string; indicatorCode: string; figure: string; targetValue: string; targetDate: DateParts };

export const headlineFigure = 'total|total';

/** `breakdown|category`, as the form's figure choice holds them. */
export function figureValue(breakdown: string | null | undefined, category: string | null | undefined): string {
  return breakdown && category ? `${breakdown}|${category}` : headlineFigure;
}

/** What the form holds: text as typed, so nothing the user entered is lost or reformatted. */
export type PriorityFormValues = {
  strategyId: string;
  number: string;
  title: string;
  status: RagStatus;
  lead: string;
  description: string;
  rationale: string;
  actions: ActionValues[];
  measures: MeasureValues[];
  outcomeIds: string[];
};

let lastKey = 0;
function newKey(): string {
  lastKey += 1;
  return `item-${lastKey}`;
}

export function emptyAction(): ActionValues {
  return { key: newKey(), description: '', owner: '', dueDate: emptyDate(), status: 'not_started' };
}

export function emptyMeasure(): MeasureValues {
  return { key: newKey(), description: '', indicatorCode: '', figure: headlineFigure, targetValue: '', targetDate: emptyDate() };
}

export function emptyValues(strategyId = ''): PriorityFormValues {
  return {
    strategyId,
    number: '',
    title: '',
    status: 'not_started',
    lead: '',
    description: '',
    rationale: '',
    actions: [],
    measures: [],
    outcomeIds: [],
  };
}

export function valuesFromPriority(priority: Priority): PriorityFormValues {
  return {
    strategyId: priority.strategyId,
    number: String(priority.number ?? ''),
    title: priority.title ?? '',
    status: priority.status ?? 'not_started',
    lead: priority.lead ?? '',
    description: priority.description ?? '',
    rationale: priority.rationale ?? '',
    actions: (priority.actions ?? []).map((action) => ({
      key: newKey(),
      description: action.description ?? '',
      owner: action.owner ?? '',
      dueDate: datePartsFromIso(action.dueDate),
      status: action.status ?? 'not_started',
    })),
    measures: (priority.measures ?? []).map((measure) => ({
      key: newKey(),
      description: measure.description ?? '',
      indicatorCode: measure.indicatorCode ?? '',
      figure: figureValue(measure.breakdown, measure.category),
      targetValue: measure.targetValue === null || measure.targetValue === undefined ? '' : String(measure.targetValue),
      targetDate: datePartsFromIso(measure.targetDate),
    })),
    outcomeIds: [...(priority.outcomeIds ?? [])],
  };
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function toInput(values: PriorityFormValues): PriorityInput {
  const number = values.number.trim();
  return {
    strategyId: values.strategyId,
    number: number === '' ? null : Number(number),
    title: values.title.trim(),
    status: values.status,
    lead: textOrNull(values.lead),
    description: textOrNull(values.description),
    rationale: textOrNull(values.rationale),
    actions: values.actions.map((action) => ({
      description: action.description.trim(),
      owner: textOrNull(action.owner),
      dueDate: isoFromDateParts(action.dueDate),
      status: action.status,
    })),
    measures: values.measures.map((measure) => ({
      description: measure.description.trim(),
      indicatorCode: textOrNull(measure.indicatorCode),
      ...figureInput(measure),
      targetValue: measure.targetValue.trim() === '' ? null : Number(measure.targetValue.trim()),
      targetDate: isoFromDateParts(measure.targetDate),
    })),
    outcomeIds: values.outcomeIds,
  };
}

/** The breakdown and category a measure follows: none without an indicator. */
function figureInput(measure: MeasureValues): { breakdown: string | null; category: string | null } {
  if (measure.indicatorCode.trim() === '') return { breakdown: null, category: null };
  const [breakdown, category] = measure.figure.split('|');
  return { breakdown: breakdown || 'total', category: category || 'total' };
}

function tooLong(value: string, max: number): boolean {
  return value.trim().length > max;
}

/** The checks the browser can make before asking the API; the API makes them all again. */
export function validate(values: PriorityFormValues): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });

  if (!values.strategyId) add('strategyId', 'Select a strategy');
  const number = values.number.trim();
  if (number !== '' && !/^\d{1,3}$/.test(number)) add('number', 'Number must be a whole number from 1 to 999');
  else if (number !== '' && Number(number) < 1) add('number', 'Number must be a whole number from 1 to 999');
  if (values.title.trim() === '') add('title', 'Enter a title');
  else if (tooLong(values.title, 200)) add('title', 'Title must be 200 characters or fewer');
  if (tooLong(values.lead, 200)) add('lead', 'Lead must be 200 characters or fewer');
  if (tooLong(values.description, 4000)) add('description', 'Description must be 4000 characters or fewer');
  if (tooLong(values.rationale, 4000)) add('rationale', 'Why this is a priority must be 4000 characters or fewer');

  values.actions.forEach((action, index) => {
    const n = index + 1;
    if (action.description.trim() === '') add(`actions[${index}].description`, `Enter a description for action ${n}`);
    else if (tooLong(action.description, 2000)) add(`actions[${index}].description`, `Description for action ${n} must be 2000 characters or fewer`);
    if (tooLong(action.owner, 200)) add(`actions[${index}].owner`, `Owner for action ${n} must be 200 characters or fewer`);
    errors.push(...dateProblems(`actions[${index}].dueDate`, `Due date for action ${n}`, action.dueDate));
  });
  values.measures.forEach((measure, index) => {
    const n = index + 1;
    if (measure.description.trim() === '') add(`measures[${index}].description`, `Enter a description for measure ${n}`);
    else if (tooLong(measure.description, 2000)) add(`measures[${index}].description`, `Description for measure ${n} must be 2000 characters or fewer`);
    const targetValue = measure.targetValue.trim();
    if (targetValue !== '' && !/^-?\d+(\.\d+)?$/.test(targetValue)) {
      add(`measures[${index}].targetValue`, `Target for measure ${n} must be a number, like 90 or 4.5`);
    } else if (targetValue !== '' && measure.indicatorCode.trim() === '') {
      add(`measures[${index}].targetValue`, `Choose an indicator for measure ${n} before giving a target: a target is a figure of one`);
    }
    errors.push(...dateProblems(`measures[${index}].targetDate`, `Target date for measure ${n}`, measure.targetDate));
  });
  return errors;
}

export const priorityFieldRoots: ReadonlySet<string> = new Set([
  'strategyId',
  'number',
  'title',
  'status',
  'lead',
  'description',
  'rationale',
  'actions',
  'measures',
  'outcomeIds',
]);

export const priorityFieldLabels: FieldLabels = {
  strategyId: 'Strategy',
  number: 'Number',
  title: 'Title',
  status: 'Status',
  lead: 'Lead',
  description: 'Description',
  rationale: 'Why this is a priority',
  actions: 'Actions',
  'actions[]': 'Action {n}',
  'actions[].description': 'Description for action {n}',
  'actions[].owner': 'Owner for action {n}',
  'actions[].dueDate': 'Due date for action {n}',
  'actions[].status': 'Status for action {n}',
  measures: 'Measures',
  'measures[]': 'Measure {n}',
  'measures[].description': 'Description for measure {n}',
  'measures[].indicatorCode': 'Indicator for measure {n}',
  'measures[].breakdown': 'Figure followed by measure {n}',
  'measures[].category': 'Figure followed by measure {n}',
  'measures[].targetValue': 'Target for measure {n}',
  'measures[].targetDate': 'Target date for measure {n}',
  outcomeIds: 'Outcomes',
  'outcomeIds[]': 'Outcome {n}',
};

/** Every id a field error can link to in a form holding these values. */
export function fieldIds(values: PriorityFormValues): Set<string> {
  const ids = ['strategyId', 'number', 'title', 'status', 'lead', 'description', 'rationale', 'actions', 'measures', 'outcomeIds'];
  values.actions.forEach((_, index) => {
    ids.push(`actions-${index}`, ...['description', 'owner', 'dueDate', 'status'].map((name) => `actions-${index}-${name}`));
    ids.push(...datePartIds(`actions-${index}-dueDate`));
  });
  values.measures.forEach((_, index) => {
    ids.push(`measures-${index}`, ...['description', 'indicatorCode', 'breakdown', 'category', 'targetValue', 'targetDate'].map((name) => `measures-${index}-${name}`));
    ids.push(...datePartIds(`measures-${index}-targetDate`));
  });
  return new Set(ids);
}

/** Reads the record a 412 carries, if it looks like a priority. */
export function asPriority(record: Record<string, unknown> | undefined): Priority | undefined {
  if (!record || typeof record.title !== 'string' || typeof record.version !== 'number') return undefined;
  return record as unknown as Priority;
}

/** The priority form's fields, as the record form needs them. */
export const priorityFormFields: FormFields<PriorityFormValues, Priority> = {
  emptyValues: () => emptyValues(),
  validate,
  fieldRoots: priorityFieldRoots,
  readCurrent: asPriority,
  valuesFrom: valuesFromPriority,
  firstFieldId: 'title',
  controlIds: fieldIds,
  labels: priorityFieldLabels,
};

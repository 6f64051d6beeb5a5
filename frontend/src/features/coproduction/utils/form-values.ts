import type { Coproduction, CoproductionInput, CoproductionKind, CoproductionStatus, LundyPrinciple } from '@/features/coproduction/types';
import type { FieldError } from '@/lib/api-client';
import { datePartIds, datePartsFromIso, dateProblems, emptyDate, isoFromDateParts, type DateParts } from '@/lib/date-parts';
import type { FieldLabels } from '@/lib/field-errors';
import type { FormFields } from '@/lib/use-record-form';
import { splitList } from '@/lib/format';

export const participantGroups = [
  { name: 'childrenYoungPeople', label: 'Children and young people' },
  { name: 'parentsCarers', label: 'Parents and carers' },
  { name: 'professionals', label: 'Professionals' },
] as const;

type ParticipantGroup = (typeof participantGroups)[number]['name'];

/** What the form holds: text as typed, so nothing the user entered is lost or reformatted. */
export type CoproductionFormValues = {
  title: string;
  kind: CoproductionKind | '';
  heldOn: DateParts;
  participants: Record<ParticipantGroup, string>;
  /** One partner a line. */
  partners: string;
  principles: LundyPrinciple[];
  youSaid: string;
  weDid: string;
  feedbackGivenOn: DateParts;
  status: CoproductionStatus;
  priorityIds: string[];
  serviceIds: string[];
};

export const coproductionFieldRoots: ReadonlySet<string> = new Set([
  'title',
  'kind',
  'heldOn',
  'participants',
  'partners',
  'principles',
  'youSaid',
  'weDid',
  'feedbackGivenOn',
  'status',
  'priorityIds',
  'serviceIds',
]);

/** The controls errors can land on: one for each field, one for each group of participants, one for each box of a date. */
export const coproductionControlIds: ReadonlySet<string> = new Set([
  ...coproductionFieldRoots,
  ...participantGroups.map((group) => `participants-${group.name}`),
  ...datePartIds('heldOn'),
  ...datePartIds('feedbackGivenOn'),
]);

export const coproductionFieldLabels: FieldLabels = {
  title: 'Title',
  kind: 'Kind',
  heldOn: 'Date held',
  participants: 'Who took part',
  'participants.childrenYoungPeople': 'Children and young people',
  'participants.parentsCarers': 'Parents and carers',
  'participants.professionals': 'Professionals',
  partners: 'Partners',
  'partners[]': 'Partner {n}',
  principles: 'Lundy principles',
  'principles[]': 'Lundy principle {n}',
  youSaid: 'You said',
  weDid: 'What we did',
  feedbackGivenOn: 'Date feedback was given',
  status: 'Status',
  priorityIds: 'Priorities',
  'priorityIds[]': 'Linked priority {n}',
  serviceIds: 'Services',
  'serviceIds[]': 'Linked service {n}',
};

export function emptyValues(): CoproductionFormValues {
  return {
    title: '',
    kind: '',
    heldOn: emptyDate(),
    participants: { childrenYoungPeople: '', parentsCarers: '', professionals: '' },
    partners: '',
    principles: [],
    youSaid: '',
    weDid: '',
    feedbackGivenOn: emptyDate(),
    status: 'open',
    priorityIds: [],
    serviceIds: [],
  };
}

function countText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function valuesFromCoproduction(record: Coproduction): CoproductionFormValues {
  return {
    title: record.title,
    kind: record.kind,
    heldOn: datePartsFromIso(record.heldOn),
    participants: {
      childrenYoungPeople: countText(record.participants.childrenYoungPeople),
      parentsCarers: countText(record.participants.parentsCarers),
      professionals: countText(record.participants.professionals),
    },
    partners: record.partners.join('\n'),
    principles: [...record.principles],
    youSaid: record.youSaid ?? '',
    weDid: record.weDid ?? '',
    feedbackGivenOn: datePartsFromIso(record.feedbackGivenOn),
    status: record.status,
    priorityIds: [...record.priorityIds],
    serviceIds: [...record.serviceIds],
  };
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function countOrNull(value: string): number | null {
  return value.trim() === '' ? null : Number(value.trim());
}

export function toInput(values: CoproductionFormValues): CoproductionInput {
  return {
    title: values.title.trim(),
    kind: values.kind as CoproductionKind,
    heldOn: isoFromDateParts(values.heldOn),
    participants: {
      childrenYoungPeople: countOrNull(values.participants.childrenYoungPeople),
      parentsCarers: countOrNull(values.participants.parentsCarers),
      professionals: countOrNull(values.participants.professionals),
    },
    partners: splitList(values.partners),
    principles: values.principles,
    youSaid: textOrNull(values.youSaid),
    weDid: textOrNull(values.weDid),
    feedbackGivenOn: isoFromDateParts(values.feedbackGivenOn),
    status: values.status,
    priorityIds: values.priorityIds,
    serviceIds: values.serviceIds,
  };
}

/**
 * What the browser checks before asking the API: that each answer can be sent at all. The rules
 * (feedback not before the day it was held, a closed record says what we did...) are the API's.
 */
export function validate(values: CoproductionFormValues): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (values.title.trim() === '') add('title', 'Enter a title');
  else if (values.title.trim().length > 200) add('title', 'Title must be 200 characters or fewer');
  if (values.kind === '') add('kind', 'Select what kind of co-production it was');
  errors.push(...dateProblems('heldOn', coproductionFieldLabels.heldOn, values.heldOn));
  for (const group of participantGroups) {
    const count = values.participants[group.name].trim();
    if (count !== '' && !/^-?\d{1,7}$/.test(count)) add(`participants.${group.name}`, `${group.label} must be a whole number, like 12`);
  }
  if (values.youSaid.trim().length > 4000) add('youSaid', 'You said must be 4000 characters or fewer');
  if (values.weDid.trim().length > 4000) add('weDid', 'We did must be 4000 characters or fewer');
  errors.push(...dateProblems('feedbackGivenOn', coproductionFieldLabels.feedbackGivenOn, values.feedbackGivenOn));
  return errors;
}

/** Reads the record a 412 carries, if it looks like a co-production record. */
export function asCoproduction(record: Record<string, unknown> | undefined): Coproduction | undefined {
  if (!record || typeof record.title !== 'string' || typeof record.kind !== 'string' || typeof record.version !== 'number') return undefined;
  return record as unknown as Coproduction;
}

/** The co-production form's fields, as the record form needs them. */
export const coproductionFormFields: FormFields<CoproductionFormValues, Coproduction> = {
  emptyValues: () => emptyValues(),
  validate,
  fieldRoots: coproductionFieldRoots,
  readCurrent: asCoproduction,
  valuesFrom: valuesFromCoproduction,
  firstFieldId: 'title',
  controlIds: coproductionControlIds,
  labels: coproductionFieldLabels,
};

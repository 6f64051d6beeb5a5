import type { Decision, DecisionInput, DecisionKind, ForecastEvidence } from '@/features/decision/types';
import type { FieldError } from '@/lib/api-client';
import { datePartIds, datePartsFromIso, dateProblems, emptyDate, isoFromDateParts, type DateParts } from '@/lib/date-parts';
import type { FieldLabels } from '@/lib/field-errors';
import type { FormFields } from '@/lib/use-record-form';

/** What the form holds: text as typed, so nothing the user entered is lost or reformatted. */
export type DecisionFormValues = {
  serviceId: string;
  decidedOn: DateParts;
  decision: DecisionKind | '';
  decidedBy: string;
  rationale: string;
  indicatorCodes: string[];
  coproductionIds: string[];
  /** Not typed: the figures a page (the sufficiency page) handed to the form, or those kept with the decision. */
  forecastEvidence: ForecastEvidence | null;
};

export const decisionFieldRoots: ReadonlySet<string> = new Set([
  'serviceId',
  'decidedOn',
  'decision',
  'decidedBy',
  'rationale',
  'indicatorCodes',
  'coproductionIds',
  'forecastEvidence',
]);

export const decisionControlIds: ReadonlySet<string> = new Set([...decisionFieldRoots, ...datePartIds('decidedOn')]);

export const decisionFieldLabels: FieldLabels = {
  serviceId: 'Service',
  decidedOn: 'Date decided',
  decision: 'Decision',
  decidedBy: 'Decided by',
  rationale: 'Rationale',
  indicatorCodes: 'Indicators',
  'indicatorCodes[]': 'Evidence indicator {n}',
  coproductionIds: 'Co-production',
  'coproductionIds[]': 'Co-production record {n}',
  forecastEvidence: 'Forecast it relied on',
  // The figures come from a forecast page, not from the user; if the API refuses them, say which.
  'forecastEvidence.indicatorCode': 'The forecast’s indicator',
  'forecastEvidence.breakdown': 'The forecast’s breakdown',
  'forecastEvidence.category': 'The forecast’s category',
  'forecastEvidence.horizon': 'The forecast’s number of years',
  'forecastEvidence.method': 'The forecast’s method',
  'forecastEvidence.takenAt': 'The time the forecast was taken',
  'forecastEvidence.points': 'The forecast’s years',
  'forecastEvidence.points[]': 'The forecast’s year {n}',
  'forecastEvidence.points[].period': 'The forecast’s year {n}',
  'forecastEvidence.points[].forecast': 'The forecast for year {n}',
};

export function emptyValues(serviceId = '', forecastEvidence: ForecastEvidence | null = null): DecisionFormValues {
  return {
    serviceId,
    decidedOn: emptyDate(),
    decision: '',
    decidedBy: '',
    rationale: '',
    indicatorCodes: forecastEvidence ? [forecastEvidence.indicatorCode] : [],
    coproductionIds: [],
    forecastEvidence,
  };
}

export function valuesFromDecision(decision: Decision): DecisionFormValues {
  return {
    serviceId: decision.serviceId,
    decidedOn: datePartsFromIso(decision.decidedOn),
    decision: decision.decision,
    decidedBy: decision.decidedBy,
    rationale: decision.rationale ?? '',
    indicatorCodes: [...decision.indicatorCodes],
    coproductionIds: [...decision.coproductionIds],
    forecastEvidence: decision.forecastEvidence,
  };
}

export function toInput(values: DecisionFormValues): DecisionInput {
  const rationale = values.rationale.trim();
  return {
    serviceId: values.serviceId,
    decidedOn: isoFromDateParts(values.decidedOn) ?? '',
    decision: values.decision as DecisionKind,
    decidedBy: values.decidedBy.trim(),
    rationale: rationale === '' ? null : rationale,
    indicatorCodes: values.indicatorCodes,
    coproductionIds: values.coproductionIds,
    // Sent as kept: the API accepts the same figures again and refuses any others.
    forecastEvidence: values.forecastEvidence,
  };
}

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** What the browser checks before asking the API; the API checks it all again, and that the evidence is the area's. */
export function validate(values: DecisionFormValues, today: string = todayIso()): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (values.serviceId === '') add('serviceId', 'Select the service the decision is about');
  const dateErrors = dateProblems('decidedOn', decisionFieldLabels.decidedOn, values.decidedOn);
  const decidedOn = isoFromDateParts(values.decidedOn);
  if (dateErrors.length > 0) errors.push(...dateErrors);
  else if (decidedOn === null) add('decidedOn', 'Enter the date the decision was taken');
  else if (decidedOn > today) add('decidedOn', 'Date decided must be today or in the past');
  if (values.decision === '') add('decision', 'Select what was decided');
  if (values.decidedBy.trim() === '') add('decidedBy', 'Enter who took the decision, like the SEND Board');
  else if (values.decidedBy.trim().length > 200) add('decidedBy', 'Decided by must be 200 characters or fewer');
  if (values.rationale.trim().length > 4000) add('rationale', 'Rationale must be 4000 characters or fewer');
  return errors;
}

/** Reads the decision a 412 carries, if it looks like one. */
export function asDecision(record: Record<string, unknown> | undefined): Decision | undefined {
  if (!record || typeof record.decision !== 'string' || typeof record.serviceId !== 'string' || typeof record.version !== 'number') return undefined;
  return record as unknown as Decision;
}

/** The decision form's fields, as the record form needs them; a new one may start on a service and with figures handed over. */
export function decisionFormFields(start?: { serviceId?: string; forecastEvidence?: ForecastEvidence | null }): FormFields<DecisionFormValues, Decision> {
  return {
    emptyValues: () => emptyValues(start?.serviceId, start?.forecastEvidence ?? null),
    validate: (values) => validate(values),
    fieldRoots: decisionFieldRoots,
    readCurrent: asDecision,
    valuesFrom: valuesFromDecision,
    firstFieldId: 'serviceId',
    controlIds: decisionControlIds,
    labels: decisionFieldLabels,
  };
}

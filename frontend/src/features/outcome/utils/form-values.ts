import type { Outcome, OutcomeInput } from '@/features/outcome/types';
import type { FieldError } from '@/lib/api-client';
import type { FieldLabels } from '@/lib/field-errors';
import type { FormFields } from '@/lib/use-record-form';

/** What the form holds: text as typed, so nothing the user entered is lost or reformatted. */
export type OutcomeFormValues = {
  strategyId: string;
  statement: string;
  description: string;
  /** The codes of the indicators chosen with the picker, in the order chosen. */
  indicatorCodes: string[];
};

/** The form's fields; each control is named after its field. */
export const outcomeFieldRoots: ReadonlySet<string> = new Set(['strategyId', 'statement', 'description', 'indicatorCodes']);

export const outcomeFieldLabels: FieldLabels = {
  strategyId: 'Strategy',
  statement: 'Outcome statement',
  description: 'Description',
  indicatorCodes: 'Indicators that show progress',
  'indicatorCodes[]': 'Indicator {n}',
};

export function emptyValues(strategyId = ''): OutcomeFormValues {
  return { strategyId, statement: '', description: '', indicatorCodes: [] };
}

export function valuesFromOutcome(outcome: Outcome): OutcomeFormValues {
  return {
    strategyId: outcome.strategyId,
    statement: outcome.statement,
    description: outcome.description ?? '',
    indicatorCodes: [...outcome.indicatorCodes],
  };
}

export function toInput(values: OutcomeFormValues): OutcomeInput {
  const description = values.description.trim();
  return {
    strategyId: values.strategyId,
    statement: values.statement.trim(),
    description: description === '' ? null : description,
    indicatorCodes: values.indicatorCodes,
  };
}

/** The checks the browser can make before asking the API; the API makes them all again. */
export function validate(values: OutcomeFormValues): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (!values.strategyId) add('strategyId', 'Select a strategy');
  if (values.statement.trim() === '') add('statement', 'Enter the outcome statement');
  else if (values.statement.trim().length > 200) add('statement', 'Outcome statement must be 200 characters or fewer');
  if (values.description.trim().length > 4000) add('description', 'Description must be 4000 characters or fewer');
  return errors;
}

/** Reads the record a 412 carries, if it looks like an outcome. */
export function asOutcome(record: Record<string, unknown> | undefined): Outcome | undefined {
  if (!record || typeof record.statement !== 'string' || typeof record.version !== 'number') return undefined;
  return record as unknown as Outcome;
}

/** The outcome form's fields, as the record form needs them. */
export const outcomeFormFields: FormFields<OutcomeFormValues, Outcome> = {
  emptyValues: () => emptyValues(),
  validate,
  fieldRoots: outcomeFieldRoots,
  readCurrent: asOutcome,
  valuesFrom: valuesFromOutcome,
  firstFieldId: 'statement',
  controlIds: outcomeFieldRoots,
  labels: outcomeFieldLabels,
};

import type { Indicator, IndicatorInput } from '@/features/indicator/types';
import { ApiError, type FieldError } from '@/lib/api-client';
import type { FieldLabels } from '@/lib/field-errors';
import type { FormFields } from '@/lib/use-record-form';
import { splitList } from '@/lib/format';
import type { IndicatorUnit, Polarity } from '@/lib/indicator-values';

/** What the form holds: text as typed, so nothing the user entered is lost or reformatted. */
export type IndicatorFormValues = {
  code: string;
  name: string;
  definition: string;
  unit: IndicatorUnit | '';
  polarity: Polarity | '';
  source: string;
  /** A published statistic: its values are readable by every signed-in user, for every place. */
  published: boolean;
  /** Breakdown codes, one a line or separated by commas. */
  breakdowns: string;
};

/** The form's fields; each control is named after its field. */
export const indicatorFieldRoots: ReadonlySet<string> = new Set(['code', 'name', 'definition', 'unit', 'polarity', 'source', 'published', 'breakdowns']);

export const indicatorFieldLabels: FieldLabels = {
  code: 'Code',
  name: 'Name',
  definition: 'Definition',
  unit: 'Unit',
  polarity: 'Polarity',
  source: 'Source',
  published: 'Published statistic',
  breakdowns: 'Breakdowns',
  'breakdowns[]': 'Breakdown {n}',
};

export function emptyValues(): IndicatorFormValues {
  return { code: '', name: '', definition: '', unit: '', polarity: '', source: '', published: false, breakdowns: '' };
}

export function valuesFromIndicator(indicator: Indicator): IndicatorFormValues {
  return {
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition ?? '',
    unit: indicator.unit,
    polarity: indicator.polarity,
    source: indicator.source ?? '',
    published: indicator.published,
    breakdowns: indicator.breakdowns.join('\n'),
  };
}

/** The breakdown codes typed, each once, in the order typed. */
export function parseBreakdowns(text: string): string[] {
  return [...new Set(splitList(text, { commas: true }))];
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function toInput(values: IndicatorFormValues): IndicatorInput {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    definition: textOrNull(values.definition),
    unit: values.unit as IndicatorUnit,
    polarity: values.polarity as Polarity,
    source: textOrNull(values.source),
    published: values.published,
    breakdowns: parseBreakdowns(values.breakdowns),
  };
}

/**
 * The checks the browser can make before asking the API: that what it needs is there. The
 * formats and lengths are the API's rules, and its errors name each field.
 */
export function validate(values: IndicatorFormValues): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (values.code.trim() === '') add('code', 'Enter a code');
  if (values.name.trim() === '') add('name', 'Enter a name');
  if (values.unit === '') add('unit', 'Select the unit of the values');
  if (values.polarity === '') add('polarity', 'Select whether higher or lower values are better');
  return errors;
}

/**
 * A 409 on adding means the code is taken: that belongs on the code field, like the API's
 * field errors. Any other error is returned as it is.
 */
export function duplicateCodeAsFieldError(error: unknown, code: string): unknown {
  if (!(error instanceof ApiError) || error.status !== 409) return error;
  return new ApiError({
    status: error.status,
    title: error.title,
    detail: error.detail,
    fieldErrors: [{ field: 'code', message: `An indicator with the code ${code} already exists: choose another code` }],
  });
}

/** Reads the record a 412 carries, if it looks like an indicator. */
export function asIndicator(record: Record<string, unknown> | undefined): Indicator | undefined {
  if (!record || typeof record.code !== 'string' || typeof record.name !== 'string' || typeof record.version !== 'number') return undefined;
  return record as unknown as Indicator;
}

/** The indicator form's fields, as the record form needs them. */
export const indicatorFormFields: FormFields<IndicatorFormValues, Indicator> = {
  emptyValues: () => emptyValues(),
  validate,
  fieldRoots: indicatorFieldRoots,
  readCurrent: asIndicator,
  valuesFrom: valuesFromIndicator,
  firstFieldId: 'name',
  controlIds: indicatorFieldRoots,
  labels: indicatorFieldLabels,
};

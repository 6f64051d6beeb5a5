import type { components } from '@/types/api';
import { formatMoney } from '@/lib/format';

export type IndicatorUnit = components['schemas']['IndicatorUnit'];
export type Polarity = components['schemas']['Polarity'];
export type Direction = components['schemas']['Direction'];
export type Suppression = NonNullable<components['schemas']['Suppression']>;

/**
 * A figure as the API gives it: a value or, when the source withheld it, why (the EES symbol).
 * Trend points carry no suppression: the API leaves suppressed figures out of a series.
 */
export type Figure = { value: number | null; suppression?: Suppression | null };

const units: readonly string[] = ['percent', 'count', 'rate_per_1000', 'ratio', 'currency'];

/** The unit as the API names it, or none when it is not one the app knows (a measure without an indicator). */
export function asIndicatorUnit(unit: string | null | undefined): IndicatorUnit | undefined {
  return unit && units.includes(unit) ? (unit as IndicatorUnit) : undefined;
}

const decimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A value in its unit: 13.5 percent as "13.5%", 2798 as "2,798", 4.2 per 1,000 as "4.2 per 1,000". */
export function formatIndicatorValue(value: number | null | undefined, unit: IndicatorUnit | undefined): string {
  if (value === null || value === undefined) return '';
  switch (unit) {
    case 'percent':
      return `${decimals.format(value)}%`;
    case 'rate_per_1000':
      return `${decimals.format(value)} per 1,000`;
    case 'currency':
      return formatMoney(value);
    default:
      return decimals.format(value);
  }
}

/** What each EES symbol means, in words first and the symbol for analysts: a withheld figure is neither zero nor missing. */
export const suppressionLabels: Record<Suppression, string> = {
  c: 'withheld (c: confidential)',
  x: 'not available (x)',
  z: 'not applicable (z)',
  low: 'rounds to zero (low)',
  u: 'low reliability (u)',
};

/**
 * A figure as every page shows it: its value in its unit, or why the source withheld it
 * ("withheld (c: confidential)"), never 0 or a blank.
 */
export function formatFigure(figure: Figure, unit: IndicatorUnit | undefined): string {
  if (figure.suppression) return suppressionLabels[figure.suppression] ?? `withheld (${figure.suppression})`;
  if (figure.value === null) return 'no value';
  return formatIndicatorValue(figure.value, unit);
}

/** A figure with its period: "13.5% (2023)", "withheld (c: confidential) (2023)". */
export function formatFigureOf(figure: Figure & { period: string }, unit: IndicatorUnit | undefined): string {
  return `${formatFigure(figure, unit)} (${figure.period})`;
}

/** A change in its unit: percentage points for percentages, with its sign. */
export function formatIndicatorChange(change: number, unit: IndicatorUnit | undefined): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  const size = Math.abs(change);
  if (unit === 'percent') return `${sign}${decimals.format(size)} percentage points`;
  return `${sign}${formatIndicatorValue(size, unit)}`;
}

export const unitLabels: Record<IndicatorUnit, string> = {
  percent: 'Percentage (%)',
  count: 'Count',
  rate_per_1000: 'Rate per 1,000',
  ratio: 'Ratio',
  currency: 'Pounds (£)',
};

export const polarityLabels: Record<Polarity, string> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  no_judgement: 'Neither higher nor lower is better',
};

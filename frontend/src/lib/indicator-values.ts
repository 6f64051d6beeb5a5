import type { components } from '@/types/api';
import { formatMoney } from '@/lib/format';

export type IndicatorUnit = components['schemas']['IndicatorUnit'];
export type Polarity = components['schemas']['Polarity'];
export type Direction = components['schemas']['Direction'];

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

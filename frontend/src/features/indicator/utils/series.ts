import type { IndicatorValue } from '@/features/indicator/types';

export type Period = { period: string; periodStart: string };

/** Oldest first: by the date a period starts, never by its label ("2023/24" and "2023-09" are not in label order). */
export function byPeriodStart(a: Period, b: Period): number {
  return a.periodStart.localeCompare(b.periodStart) || a.period.localeCompare(b.period);
}

/** The periods of some figures, each once, oldest first. */
export function periodsOf(figures: Period[]): Period[] {
  const byLabel = new Map<string, Period>();
  for (const figure of figures) if (!byLabel.has(figure.period)) byLabel.set(figure.period, { period: figure.period, periodStart: figure.periodStart });
  return [...byLabel.values()].sort(byPeriodStart);
}

/** The categories of an area's latest period, in the order the API lists them. */
export function latestCategories(values: IndicatorValue[], areaCode: string): IndicatorValue[] {
  const own = values.filter((value) => value.areaCode === areaCode);
  const last = periodsOf(own).at(-1);
  return last ? own.filter((value) => value.period === last.period) : [];
}

/** The categories found in some values, each once, sorted. */
export function categoriesOf(values: IndicatorValue[]): string[] {
  return [...new Set(values.map((value) => value.category))].sort((a, b) => a.localeCompare(b));
}

const breakdownNames: Record<string, string> = { total: 'Total (no breakdown)', fsm: 'Free school meals' };

/** A breakdown's code as words: `primary_need` as "Primary need". */
export function breakdownLabel(breakdown: string): string {
  const words = breakdownNames[breakdown] ?? breakdown.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

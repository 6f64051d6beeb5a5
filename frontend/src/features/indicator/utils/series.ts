import type { IndicatorValue } from '@/features/indicator/types';

export type Period = { period: string; periodStart: string };

/** The periods of some values, each once, oldest first (by the date each starts, not its label). */
export function periodsOf(values: IndicatorValue[]): Period[] {
  const byLabel = new Map<string, Period>();
  for (const value of values) if (!byLabel.has(value.period)) byLabel.set(value.period, { period: value.period, periodStart: value.periodStart });
  return [...byLabel.values()].sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.period.localeCompare(b.period));
}

/** Each area's latest value (the one whose period starts last), in the order the areas are given. */
export function latestByArea(values: IndicatorValue[], areaCodes: string[]): IndicatorValue[] {
  return areaCodes.flatMap((code) => {
    const own = values.filter((value) => value.areaCode === code);
    const latest = own.reduce<IndicatorValue | undefined>((best, value) => (!best || value.periodStart > best.periodStart ? value : best), undefined);
    return latest ? [latest] : [];
  });
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

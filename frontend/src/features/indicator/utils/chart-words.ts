import { formatIndicatorValue, type IndicatorUnit, type Suppression } from '@/lib/indicator-values';
import { categoryLabel } from '@/lib/category-words';
import { breakdownLabel } from '@/features/indicator/utils/series';

/** What a view shows, for captions and chart descriptions: "Pupils with SEND, primary need ASD" ("total" says nothing, so it is left out). */
export function subjectOf(indicatorName: string, breakdown: string, category: string): string {
  return breakdown === 'total' ? indicatorName : `${indicatorName}, ${breakdownLabel(breakdown).toLowerCase()}: ${categoryLabel(breakdown, category)}`;
}

/** Figures the source withheld are not drawn: a chart's description says so, and the table says why. */
export function withheldNote(figures: { suppression: Suppression | null }[]): string {
  return figures.some((figure) => figure.suppression) ? ' Withheld figures are not drawn; the table says why.' : '';
}

const toOneDecimal = (limit: number) => Math.round(limit * 10) / 10;

/** A confidence interval as the pages give it, "61.1% to 65.8%": to one decimal place, as Fingertips shows them (the download has them whole). */
export function intervalText({ lower, upper }: { lower: number; upper: number }, unit: IndicatorUnit): string {
  return `${formatIndicatorValue(toOneDecimal(lower), unit)} to ${formatIndicatorValue(toOneDecimal(upper), unit)}`;
}

/** A sentence as given, with a full stop when it has no end of its own. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "A, B and C" (or "A, B or C"). */
export function listed(items: string[], last: 'and' | 'or'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

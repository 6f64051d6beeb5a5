import type { Period } from '@/features/indicator/utils/series';

/** The first and last days a view takes in, as ISO dates; either may be open. */
export type PeriodRange = { start?: string; end?: string };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A year (2019), a month (2023-01) or a date, read as the API reads `from` (its first day) and `to` (its last). */
function bound(text: string, first: boolean): string | undefined | null {
  const value = text.trim();
  if (value === '') return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const monthNumber = Number(month ?? (first ? 1 : 12));
  if (monthNumber < 1 || monthNumber > 12) return null;
  const lastDay = daysIn(Number(year), monthNumber);
  const dayNumber = day ? Number(day) : first ? 1 : lastDay;
  if (dayNumber < 1 || dayNumber > lastDay) return null;
  return `${year}-${String(monthNumber).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
}

/** The range the explorer's "From period" and "To period" ask for, or what is wrong with them. */
export function periodRangeOf(from: string, to: string): { range: PeriodRange } | { problem: string } {
  const start = bound(from, true);
  const end = bound(to, false);
  const problems = [
    ...(start === null ? ['From period'] : []),
    ...(end === null ? ['To period'] : []),
  ].map((field) => `${field} must be a year, like 2019, a month, like 2023-01, or a date, like 2023-09-01.`);
  if (problems.length > 0) return { problem: problems.join(' ') };
  return { range: { ...(start ? { start } : {}), ...(end ? { end } : {}) } };
}

/** Whether a period starts within the range (as the API filters values by their period's start). */
export function isInRange({ periodStart }: Period, { start, end }: PeriodRange): boolean {
  return (!start || periodStart >= start) && (!end || periodStart <= end);
}

/** The range in words, for "No figures for Wigan from 2021 to 2023". */
export function rangeWords(from: string, to: string): string {
  if (from.trim() && to.trim()) return `from ${from.trim()} to ${to.trim()}`;
  if (from.trim()) return `from ${from.trim()} on`;
  if (to.trim()) return `up to ${to.trim()}`;
  return '';
}

import { addMonths, todayIso } from '@/lib/dates';

/**
 * The register looks six months ahead: today, and the day six months on (the API's
 * `contractEndsBefore` and `reviewDueBefore` are exclusive, so that day itself is not included).
 */
export function nextSixMonths(now: Date = new Date()): { today: string; before: string } {
  const today = todayIso(now);
  return { today, before: addMonths(today, 6) };
}

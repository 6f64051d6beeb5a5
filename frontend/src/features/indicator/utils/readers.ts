import type { Indicator } from '@/features/indicator/types';

/** Who can read an indicator's values, in words: the one wording for it on every page. */
export function readersOf(indicator: Pick<Indicator, 'published'>): string {
  return indicator.published
    ? 'Everyone signed in, for every place (a published statistic)'
    : "The area's own users, analysts and administrators (a local indicator)";
}

import type { TagColour } from '@/components/govuk/tag';
import type { Benchmark, BenchmarkComparator, ComparatorRole, LocalAuthorityStanding, RecentTrend } from '@/features/benchmark/types';
import { categoryLabel } from '@/lib/category-words';

/** The comparators a profile has a column for, in this order: England, the region, the statistical neighbours' average. */
export const headlineRoles = ['england', 'region', 'neighbours_mean'] as const satisfies readonly ComparatorRole[];
export type HeadlineRole = (typeof headlineRoles)[number];

export function comparatorOf(row: Benchmark, role: ComparatorRole): BenchmarkComparator | undefined {
  return row.comparators.find((comparator) => comparator.role === role);
}

/** The headline comparators any row has (a region's profile has no region, England's none at all). */
export function rolesIn(rows: Benchmark[]): HeadlineRole[] {
  return headlineRoles.filter((role) => rows.some((row) => comparatorOf(row, role)));
}

/** A comparator's column heading, and its name in a sentence ("Better than the statistical neighbours' average"). */
export function roleNames(rows: Benchmark[], role: HeadlineRole): { heading: string; inSentence: string } {
  if (role === 'neighbours_mean') return { heading: 'Statistical neighbours (average)', inSentence: "the statistical neighbours' average" };
  const name = rows.map((row) => comparatorOf(row, role)?.name).find(Boolean) ?? (role === 'england' ? 'England' : 'the region');
  return { heading: name, inSentence: name };
}

/** How the place compares with a comparator, as a tag: its word, its colour, and how the word reads before the comparator's name. */
export type Verdict = { word: string; colour: TagColour; joiner: 'than' | 'to' | 'with' };

const notCompared: Verdict = { word: 'Not compared', colour: 'grey', joiner: 'with' };

/**
 * Fingertips' colours: better green, worse red, similar yellow; higher or lower (an indicator
 * where neither is better) GOV.UK's blue; not compared grey. The word is always shown: colour is never alone.
 */
export function verdictOf(comparator: BenchmarkComparator | undefined): Verdict {
  if (!comparator || comparator.significance === 'not_compared' || comparator.judgement === null) return notCompared;
  switch (comparator.judgement) {
    case 'better':
      return { word: 'Better', colour: 'green', joiner: 'than' };
    case 'worse':
      return { word: 'Worse', colour: 'red', joiner: 'than' };
    case 'similar':
      return { word: 'Similar', colour: 'yellow', joiner: 'to' };
    case 'not_judged':
      if (comparator.significance === 'higher') return { word: 'Higher', colour: 'default', joiner: 'than' };
      if (comparator.significance === 'lower') return { word: 'Lower', colour: 'default', joiner: 'than' };
      return { word: 'Similar', colour: 'yellow', joiner: 'to' };
  }
}

/**
 * Why comparators were not compared, in the API's words (sentences): once for the row when every
 * comparator that was not compared has the same reason (a count is never compared), else each
 * after its comparator's name.
 */
export function notComparedNotes(row: Benchmark, roles: HeadlineRole[]): string[] {
  const uncompared = roles
    .map((role) => comparatorOf(row, role))
    .filter((comparator): comparator is BenchmarkComparator => comparator !== undefined && verdictOf(comparator) === notCompared && Boolean(comparator.reason));
  const reasons = [...new Set(uncompared.map((comparator) => comparator.reason as string))];
  if (reasons.length === 1 && uncompared.length === roles.length) return reasons;
  return uncompared.map((comparator) => `${comparator.name}: ${comparator.reason}`);
}

/** The recent trend in words: which way, and whether that is better or worse; an arrow for the eye. */
export type TrendReading = { words: string; arrow?: '↑' | '↓' | '→'; tone: 'better' | 'worse' | 'neutral'; hint?: string };

export function trendReading(trend: RecentTrend): TrendReading {
  const tone = trend.judgement ?? 'neutral';
  const tested = trend.periods.length > 1 ? `From ${trend.periods[0]} to ${trend.periods[trend.periods.length - 1]}` : undefined;
  const getting = trend.judgement ? ` and getting ${trend.judgement}` : '';
  switch (trend.result) {
    case 'increasing':
      return { words: `Increasing${getting}`, arrow: '↑', tone, hint: tested };
    case 'decreasing':
      return { words: `Decreasing${getting}`, arrow: '↓', tone, hint: tested };
    case 'no_significant_change':
      return { words: 'No significant change', arrow: '→', tone: 'neutral', hint: tested };
    case 'not_enough_data':
      return { words: 'Not enough data', tone: 'neutral', hint: trend.reason ?? undefined };
    case 'cannot_be_calculated':
      return { words: 'Cannot be calculated', tone: 'neutral', hint: trend.reason ?? undefined };
  }
}

function ordinal(rank: number): string {
  const lastTwo = rank % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[rank % 10] ?? 'th';
  return `${rank}${suffix}`;
}

/** The place's rank among local authorities: "12th best of 152", or "12th highest of 152" where neither is better. */
export function rankWords(standing: LocalAuthorityStanding): string {
  if (standing.rank === null) return standing.reason ?? 'Not ranked';
  if (standing.of === 1) return 'The only local authority with a figure';
  const way = standing.ordering === 'best_first' ? 'best' : 'highest';
  const place = standing.rank === 1 ? way.charAt(0).toUpperCase() + way.slice(1) : `${ordinal(standing.rank)} ${way}`;
  return `${place} of ${standing.of.toLocaleString('en-GB')}`;
}

const quarters = {
  best_first: ['Best quarter', 'Second-best quarter', 'Second-worst quarter', 'Worst quarter'],
  highest_first: ['Highest quarter', 'Second-highest quarter', 'Second-lowest quarter', 'Lowest quarter'],
};

/** LAIT's bands: quartile 1 is the best quarter of local authorities, or the highest where neither is better. */
export function quartileWords(standing: LocalAuthorityStanding): string | undefined {
  return standing.quartile === null || standing.of < 2 ? undefined : quarters[standing.ordering][standing.quartile - 1];
}

/** The filter "worse than England and getting worse": both judgements must say worse. */
export function isWorseAndWorsening(row: Benchmark): boolean {
  return comparatorOf(row, 'england')?.judgement === 'worse' && row.trend.judgement === 'worse';
}

/** The row's category in words, headed by its breakdown ("Primary need: Autistic spectrum disorder"); none for a headline figure. */
export function categoryWords(row: Pick<Benchmark, 'breakdown' | 'category'>): string | undefined {
  if (row.breakdown === 'total') return undefined;
  const breakdown = row.breakdown.replace(/_/g, ' ');
  const category = categoryLabel(row.breakdown, row.category);
  return `${breakdown.charAt(0).toUpperCase()}${breakdown.slice(1)}: ${category}`;
}

import type { Benchmark, BenchmarkComparator, Comparator, RecentTrend } from '@/features/indicator/types';
import { intervalText, listed, sentence } from '@/features/indicator/utils/chart-words';
import { formatFigure } from '@/lib/indicator-values';

/** The benchmark in plain English: how the place stands against its comparators, and where it is heading. */
export type Verdict = {
  /** "Manchester: 63.5% in 2024, better than England (45.9%) and similar to North West (60.1%)." */
  headline: string;
  /** What the comparisons rest on, when there are any: the place's interval. */
  basis: string | undefined;
  /** "Not compared with …: why." one sentence per reason. */
  notCompared: string[];
  /** "Recent trend: increasing and getting better." */
  trend: string;
};

const comparatorOf: Partial<Record<BenchmarkComparator['role'], Comparator>> = { england: 'england', region: 'region', neighbours_mean: 'neighbours' };

const hasFigure = (comparator: BenchmarkComparator) => comparator.value !== null || comparator.suppression !== null;

/**
 * The comparators the verdict speaks of: those asked for, and the places picked that have a figure
 * for the period (one without is named elsewhere); not each neighbour, nor the ICB.
 */
function spokenOf(comparators: BenchmarkComparator[], compare: Comparator[]): BenchmarkComparator[] {
  return comparators.filter((comparator) => {
    if (comparator.role === 'other') return hasFigure(comparator);
    const asked = comparatorOf[comparator.role];
    return asked !== undefined && compare.includes(asked);
  });
}

function relation({ significance, judgement }: BenchmarkComparator): string | undefined {
  if (significance === 'not_compared') return undefined;
  if (judgement === 'better') return 'better than';
  if (judgement === 'worse') return 'worse than';
  if (significance === 'similar') return 'similar to';
  return significance === 'higher' ? 'higher than' : 'lower than';
}

const trendWords: Record<RecentTrend['result'], string> = {
  increasing: 'increasing',
  decreasing: 'decreasing',
  no_significant_change: 'no significant change',
  not_enough_data: 'not enough data to tell',
  cannot_be_calculated: 'cannot be calculated',
};

function trendSentence({ result, judgement, reason }: RecentTrend): string {
  const why = reason && (result === 'not_enough_data' || result === 'cannot_be_calculated') ? ` ${sentence(reason)}` : '';
  return `Recent trend: ${trendWords[result]}${judgement ? ` and getting ${judgement}` : ''}.${why}`;
}

export function verdictOf(benchmark: Benchmark, compare: Comparator[]): Verdict {
  const { place, period, value, indicator } = benchmark;
  const unit = indicator.unit;
  const nameOf = (comparator: BenchmarkComparator) =>
    comparator.role === 'neighbours_mean' ? "its statistical neighbours' mean" : comparator.name;
  const described = (comparator: BenchmarkComparator) => {
    if (!hasFigure(comparator)) return nameOf(comparator);
    const otherPeriod = comparator.period && comparator.period !== period ? `, ${comparator.period}` : '';
    return `${nameOf(comparator)} (${formatFigure(comparator, unit)}${otherPeriod})`;
  };

  const spoken = spokenOf(benchmark.comparators, compare);
  const compared = spoken.flatMap((comparator) => {
    const words = relation(comparator);
    return words ? [`${words} ${described(comparator)}`] : [];
  });
  const reasons = new Map<string, BenchmarkComparator[]>();
  for (const comparator of spoken.filter((one) => relation(one) === undefined)) {
    const reason = comparator.reason ?? 'There is no interval to compare with.';
    reasons.set(reason, [...(reasons.get(reason) ?? []), comparator]);
  }
  const interval = benchmark.confidenceLevel === 95 ? value.intervals.ci95 : value.intervals.ci998;

  return {
    headline: `${place.name}: ${formatFigure(value, unit)} in ${period}${compared.length > 0 ? `, ${listed(compared, 'and')}` : ''}.`,
    basis:
      compared.length > 0 && interval
        ? `${benchmark.confidenceLevel}% confidence interval of ${place.name}'s figure: ${intervalText(interval, unit)}. Better or worse means the other figure lies outside it; similar, inside it.`
        : undefined,
    notCompared: [...reasons].map(([reason, comparators]) => `Not compared with ${listed(comparators.map(described), 'or')}. ${sentence(reason)}`),
    trend: trendSentence(benchmark.trend),
  };
}

import { useIndicatorBenchmark, type BenchmarkQuery } from '@/features/indicator/api/get-indicator-benchmark';
import type { Benchmark } from '@/features/indicator/types';
import { isInRange, type PeriodRange } from '@/features/indicator/utils/period-range';
import { byPeriodStart } from '@/features/indicator/utils/series';

/** The place's last period in the range with a figure (given or withheld): the period its verdict is for. */
export function verdictPeriod(benchmark: Benchmark, range: PeriodRange): string | undefined {
  if (isInRange(benchmark, range)) return benchmark.period;
  const place = benchmark.series?.find((series) => series.role === 'place');
  return place?.points.filter((point) => isInRange(point, range)).sort(byPeriodStart).at(-1)?.period;
}

/**
 * The benchmark with every series, and the one its verdict is read from: the same when the place's
 * latest period is in the range, else the benchmark asked for again at its last period in the range
 * (none when it has no figure in the range). Nothing is asked for without a `range`.
 */
export function useBenchmarkInRange(query: Omit<BenchmarkQuery, 'period' | 'series'>, range: PeriodRange | undefined) {
  const withSeries = useIndicatorBenchmark({ ...query, series: true }, range !== undefined);
  const period = withSeries.data && range ? verdictPeriod(withSeries.data, range) : undefined;
  const askAgain = period !== undefined && period !== withSeries.data?.period;
  const atPeriod = useIndicatorBenchmark({ ...query, period, series: false }, askAgain);
  const forVerdict = period === undefined ? undefined : askAgain ? atPeriod : withSeries;
  return {
    withSeries,
    verdict: forVerdict?.data,
    verdictQuery: askAgain ? { ...query, period, series: false } : undefined,
  };
}

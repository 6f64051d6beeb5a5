import type { Benchmark, BenchmarkComparator, BenchmarkSeries, SeriesPoint } from '@/features/indicator/types';
import { manchesterPlace } from '@/test/benchmark-fixtures';

/** Fixtures shaped exactly as the API's Benchmark answers (openapi.yaml: Benchmark, BenchmarkSeries, ValueIntervals). */

export const issuedIn20Weeks: Benchmark['indicator'] = {
  code: 'ehcp_issued_within_20_weeks',
  name: 'EHC plans issued within 20 weeks (%)',
  unit: 'percent',
  polarity: 'higher_is_better',
  source: 'Department for Education, Education, health and care plans',
  published: true,
};

export { manchesterPlace };

const noInterval = { ci95: null, ci998: null, method: null } as const;

/** A calendar year's figure with a Wilson interval of ±2 (none when withheld or `interval: false`). */
export function point(period: string, value: number | null, extra: Partial<SeriesPoint> & { interval?: boolean } = {}): SeriesPoint {
  const { interval = true, ...rest } = extra;
  return {
    period,
    periodStart: `${period}-01-01`,
    value,
    numerator: null,
    denominator: null,
    suppression: null,
    note: null,
    intervals:
      value !== null && interval
        ? { ci95: { lower: value - 2, upper: value + 2 }, ci998: { lower: value - 3, upper: value + 3 }, method: 'wilson' }
        : noInterval,
    places: null,
    ...rest,
  };
}

export function seriesOf(role: BenchmarkSeries['role'], place: { code: string | null; name: string }, points: SeriesPoint[]): BenchmarkSeries {
  return { role, code: place.code, name: place.name, points };
}

export const england = { code: 'E92000001', name: 'England' };
export const northWest = { code: 'E12000002', name: 'North West' };
export const wigan = { code: 'E08000010', name: 'Wigan' };
export const neighboursMean = { code: null, name: 'Mean of statistical neighbours' };

/** Manchester's series, its comparators' and the neighbours' mean (of 10, fewer in 2019), 2019 to 2024. */
export const manchesterSeries: BenchmarkSeries[] = [
  seriesOf('place', manchesterPlace, [
    point('2024', 63.5),
    point('2019', 65.3),
    point('2020', 50.7),
    point('2021', 68),
    point('2022', 49.1),
    point('2023', 51),
  ]),
  seriesOf('england', england, [58.5, 56, 53.5, 51, 48.5, 46.5].map((amount, index) => point(String(2019 + index), amount))),
  seriesOf('region', northWest, [57, 58, 59, 60, 61, 62].map((amount, index) => point(String(2019 + index), amount))),
  seriesOf(
    'neighbours_mean',
    neighboursMean,
    ['2019', '2020', '2021', '2022', '2023', '2024'].map((year, index) => point(year, 55 + index, { interval: false, places: index === 0 ? 9 : 10 })),
  ),
];

export function comparator(role: BenchmarkComparator['role'], place: { code: string | null; name: string }, extra: Partial<BenchmarkComparator>): BenchmarkComparator {
  return {
    role,
    code: place.code,
    name: place.name,
    period: '2024',
    value: null,
    suppression: null,
    intervals: noInterval,
    places: null,
    neighbourRank: null,
    closeness: null,
    significance: 'not_compared',
    judgement: null,
    method: null,
    reason: null,
    ...extra,
  };
}

export const manchesterComparators: BenchmarkComparator[] = [
  comparator('england', england, { value: 46.5, significance: 'higher', judgement: 'better', method: 'ci95_against_value' }),
  comparator('region', northWest, { value: 62, significance: 'similar', judgement: 'similar', method: 'ci95_against_value' }),
  comparator('neighbours_mean', neighboursMean, { value: 60, places: 10, significance: 'higher', judgement: 'better', method: 'ci95_against_value' }),
  comparator('neighbour', { code: 'E08000025', name: 'Birmingham' }, { value: 70, neighbourRank: 1, closeness: 'extremely_close', significance: 'lower', judgement: 'worse' }),
];

/** Manchester's benchmark for 2024 (the latest), with its series when `series`. */
export function manchesterBenchmark(extra: Partial<Benchmark> = {}): Benchmark {
  return {
    indicator: issuedIn20Weeks,
    place: manchesterPlace,
    breakdown: 'total',
    category: 'total',
    period: '2024',
    periodStart: '2024-01-01',
    confidenceLevel: 95,
    value: {
      value: 63.5,
      numerator: 1052,
      denominator: 1657,
      note: null,
      suppression: null,
      intervals: { ci95: { lower: 61.5, upper: 65.5 }, ci998: { lower: 60.5, upper: 66.5 }, method: 'wilson' },
    },
    comparators: manchesterComparators,
    localAuthorities: {
      rank: 30,
      of: 152,
      quartile: 1,
      ordering: 'best_first',
      lowest: 2.1,
      lowerQuartile: 30,
      median: 45,
      upperQuartile: 62,
      highest: 100,
      method: 'rank_among_local_authorities',
      reason: null,
    },
    trend: {
      result: 'increasing',
      judgement: 'better',
      periods: ['2020', '2021', '2022', '2023', '2024'],
      statistic: 12.3,
      pValue: 0.0004,
      confidenceLevel: 99.8,
      method: 'chi_square_for_trend',
      reason: null,
    },
    series: manchesterSeries,
    ...extra,
  };
}

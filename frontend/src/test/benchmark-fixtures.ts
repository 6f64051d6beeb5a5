import type { AreaProfile, Benchmark, BenchmarkComparator, LocalAuthorityStanding, RecentTrend } from '@/features/benchmark/types';

/** Benchmarks shaped as GET /api/v1/geography/{code}/profile answers them, for Manchester unless told. */

export const manchesterPlace: AreaProfile['place'] = {
  code: 'E08000003',
  name: 'Manchester',
  level: 'local_authority',
  region: { code: 'E12000002', name: 'North West' },
};

const noIntervals = { ci95: null, ci998: null, method: null } as const;

export function comparator(role: BenchmarkComparator['role'], overrides: Partial<BenchmarkComparator> = {}): BenchmarkComparator {
  const names: Record<BenchmarkComparator['role'], { code: string | null; name: string }> = {
    england: { code: 'E92000001', name: 'England' },
    region: { code: 'E12000002', name: 'North West' },
    neighbours_mean: { code: null, name: "Statistical neighbours' mean" },
    neighbour: { code: 'E08000025', name: 'Birmingham' },
    icb: { code: 'E54000057', name: 'NHS Greater Manchester ICB' },
    other: { code: 'E08000010', name: 'Wigan' },
  };
  return {
    role,
    ...names[role],
    period: '2024',
    value: 50,
    suppression: null,
    intervals: noIntervals,
    places: role === 'neighbours_mean' ? 10 : null,
    neighbourRank: null,
    closeness: null,
    significance: 'similar',
    judgement: 'similar',
    method: 'ci95_against_value',
    reason: null,
    ...overrides,
  };
}

export function standing(overrides: Partial<LocalAuthorityStanding> = {}): LocalAuthorityStanding {
  return {
    rank: 12,
    of: 152,
    quartile: 1,
    ordering: 'best_first',
    lowest: 10,
    lowerQuartile: 40,
    median: 50,
    upperQuartile: 60,
    highest: 90,
    method: 'rank_among_local_authorities',
    reason: null,
    ...overrides,
  };
}

export function trend(overrides: Partial<RecentTrend> = {}): RecentTrend {
  return {
    result: 'no_significant_change',
    judgement: null,
    periods: ['2020', '2021', '2022', '2023', '2024'],
    statistic: 1.2,
    pValue: 0.27,
    confidenceLevel: 99.8,
    method: 'chi_square_for_trend',
    reason: null,
    ...overrides,
  };
}

type BenchmarkOverrides = Partial<Omit<Benchmark, 'indicator' | 'value'>> & {
  indicator?: Partial<Benchmark['indicator']>;
  value?: Partial<Benchmark['value']>;
};

export function benchmark(overrides: BenchmarkOverrides = {}): Benchmark {
  const { indicator, value, ...rest } = overrides;
  return {
    indicator: { code: 'indicator', name: 'An indicator (%)', unit: 'percent', polarity: 'higher_is_better', source: 'DfE', published: true, ...indicator },
    place: manchesterPlace,
    breakdown: 'total',
    category: 'total',
    period: '2024',
    periodStart: '2024-01-01',
    confidenceLevel: 95,
    value: { value: 55, numerator: 55, denominator: 100, note: null, suppression: null, intervals: noIntervals, ...value },
    comparators: [comparator('england'), comparator('region'), comparator('neighbours_mean'), comparator('neighbour')],
    localAuthorities: standing(),
    trend: trend(),
    series: null,
    ...rest,
  };
}

/** Manchester's EHC plans issued within 20 weeks in the demo data: 1,052 of 1,657, better than England. */
export const timeliness = benchmark({
  indicator: { code: 'ehcp_issued_within_20_weeks', name: 'EHC plans issued within 20 weeks (%)' },
  value: {
    value: 63.5,
    numerator: 1052,
    denominator: 1657,
    intervals: { ci95: { lower: 61.1552, upper: 65.7785 }, ci998: { lower: 59.5931, upper: 67.2543 }, method: 'wilson' },
  },
  comparators: [
    comparator('england', { value: 46.4, significance: 'higher', judgement: 'better' }),
    comparator('region', { value: 55.2, significance: 'higher', judgement: 'better' }),
    comparator('neighbours_mean', { value: 64.1, significance: 'similar', judgement: 'similar' }),
  ],
  localAuthorities: standing({ rank: 40, of: 150, quartile: 2, lowest: 4.2, lowerQuartile: 33.1, median: 47.9, upperQuartile: 68.3, highest: 100 }),
  trend: trend({ result: 'increasing', judgement: 'better' }),
});

/** A count: never compared with another place, nor tested for trend; ranked all the same. */
export const plans = benchmark({
  indicator: { code: 'ehcp_plans', name: 'EHC plans (as at January)', unit: 'count', polarity: 'no_judgement' },
  value: { value: 9415, numerator: null, denominator: null },
  comparators: (['england', 'region', 'neighbours_mean'] as const).map((role) =>
    comparator(role, {
      value: role === 'england' ? 638745 : role === 'region' ? 85000 : 5200,
      significance: 'not_compared',
      judgement: null,
      method: null,
      reason: 'A count is not compared between places of different sizes: compare a percentage or a rate.',
    }),
  ),
  localAuthorities: standing({ rank: 3, quartile: 1, ordering: 'highest_first', lowest: 40, lowerQuartile: 2000, median: 3000, upperQuartile: 4500, highest: 17000 }),
  trend: trend({ result: 'cannot_be_calculated', method: null, periods: [], statistic: null, pValue: null, reason: 'Only percentages and rates with numerators and denominators are tested for trend.' }),
});

/** A category of an indicator with no polarity, and no headline figure. */
export const autism = benchmark({
  indicator: { code: 'ehcp_primary_need_percent', name: 'EHC plans by primary need (%)', polarity: 'no_judgement' },
  breakdown: 'primary_need',
  category: 'ASD',
  value: { value: 33.2 },
  comparators: [
    comparator('england', { value: 30.1, significance: 'higher', judgement: 'not_judged' }),
    comparator('region', { value: 34.0, significance: 'similar', judgement: 'not_judged' }),
    comparator('neighbours_mean', { value: 36.5, significance: 'lower', judgement: 'not_judged' }),
  ],
  localAuthorities: standing({ rank: 30, quartile: 1, ordering: 'highest_first' }),
  trend: trend({ result: 'increasing', judgement: null }),
});

/** Worse than England and getting worse: what the filter keeps. */
export const attendance = benchmark({
  indicator: { code: 'attendance_rate', name: 'School attendance of pupils with SEND (%)' },
  value: { value: 86.1 },
  comparators: [
    comparator('england', { value: 89.3, significance: 'lower', judgement: 'worse' }),
    comparator('region', { value: 88.0, significance: 'lower', judgement: 'worse' }),
    comparator('neighbours_mean', { value: 87.0, significance: 'similar', judgement: 'similar' }),
  ],
  localAuthorities: standing({ rank: 140, quartile: 4, lowest: 80, lowerQuartile: 86.5, median: 88, upperQuartile: 89.5, highest: 93 }),
  trend: trend({ result: 'decreasing', judgement: 'worse' }),
});

/** Worse than England but getting better: the filter leaves it out. */
export const exclusions = benchmark({
  indicator: { code: 'exclusions_rate', name: 'Suspensions of pupils with SEND (rate per 1,000)', unit: 'rate_per_1000', polarity: 'lower_is_better' },
  value: { value: 12.4 },
  comparators: [
    comparator('england', { value: 9.8, significance: 'higher', judgement: 'worse' }),
    comparator('region', { value: 11.0, significance: 'similar', judgement: 'similar' }),
    comparator('neighbours_mean', { value: 12.0, significance: 'similar', judgement: 'similar' }),
  ],
  localAuthorities: standing({ rank: 120, quartile: 4, lowest: 2, lowerQuartile: 6, median: 9, upperQuartile: 11, highest: 22 }),
  trend: trend({ result: 'decreasing', judgement: 'better' }),
});

/** A figure the source withheld. */
export const withheld = benchmark({
  indicator: { code: 'ehcp_requests_assessed_percent', name: 'Requests where the local authority decided to assess (%)', polarity: 'no_judgement' },
  value: { value: null, numerator: null, denominator: null, suppression: 'c' },
  comparators: (['england', 'region', 'neighbours_mean'] as const).map((role) =>
    comparator(role, { significance: 'not_compared', judgement: null, method: null, reason: "Manchester's figure for 2024 is withheld." }),
  ),
  localAuthorities: standing({ rank: null, quartile: null, ordering: 'highest_first', reason: "Manchester's figure for 2024 is withheld." }),
  trend: trend({ result: 'not_enough_data', method: null, periods: [], statistic: null, pValue: null, reason: 'The test needs 5 periods; there are 3.' }),
});

export function profileOf(rows: Benchmark[], overrides: Partial<AreaProfile> = {}): AreaProfile {
  return { place: manchesterPlace, confidenceLevel: 95, rows, ...overrides };
}

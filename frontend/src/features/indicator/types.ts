import type { Versioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Indicator = components['schemas']['Indicator'];
export type IndicatorInput = components['schemas']['IndicatorInput'];
export type VersionedIndicator = Versioned<Indicator>;
export type ImportReport = components['schemas']['ImportReport'];
export type IndicatorValue = components['schemas']['IndicatorValue'];
export type Benchmark = components['schemas']['Benchmark'];
export type BenchmarkIndicator = components['schemas']['BenchmarkIndicator'];
export type BenchmarkComparator = components['schemas']['BenchmarkComparator'];
export type BenchmarkSeries = components['schemas']['BenchmarkSeries'];
export type SeriesPoint = BenchmarkSeries['points'][number];
export type SeriesRole = BenchmarkSeries['role'];
export type RecentTrend = components['schemas']['RecentTrend'];

/** What the explorer shows: kept in the page's address, so a view can be bookmarked and shared. */
export type Selection = {
  indicator: string;
  areas: string[];
  /**
   * Comparators drawn beside the first place, when it has them: England, its region, its
   * statistical neighbours' mean. All three unless the address says otherwise.
   */
  compare: Comparator[];
  /** `total` for the headline figure, else one of the indicator's breakdowns. */
  breakdown: string;
  /** A category of the breakdown; empty for the first there is (and always for `total`). */
  category: string;
  from: string;
  to: string;
};

export const comparators = ['england', 'region', 'neighbours'] as const;
export type Comparator = (typeof comparators)[number];

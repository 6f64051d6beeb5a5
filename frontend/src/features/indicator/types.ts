import type { Versioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Indicator = components['schemas']['Indicator'];
export type IndicatorInput = components['schemas']['IndicatorInput'];
export type VersionedIndicator = Versioned<Indicator>;
export type ImportReport = components['schemas']['ImportReport'];
export type IndicatorValue = components['schemas']['IndicatorValue'];
export type Trend = components['schemas']['Trend'];
export type TrendPoint = NonNullable<components['schemas']['TrendPoint']>;

/** What the explorer shows: kept in the page's address, so a view can be bookmarked and shared. */
export type Selection = {
  indicator: string;
  areas: string[];
  /** Comparators added to the first place, when it has them: England, its region, its statistical neighbours. */
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

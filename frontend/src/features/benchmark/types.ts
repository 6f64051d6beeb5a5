import type { components } from '@/types/api';

export type AreaProfile = components['schemas']['AreaProfile'];
export type Benchmark = components['schemas']['Benchmark'];
export type BenchmarkComparator = components['schemas']['BenchmarkComparator'];
export type ComparatorRole = BenchmarkComparator['role'];
export type LocalAuthorityStanding = components['schemas']['LocalAuthorityStanding'];
export type RecentTrend = components['schemas']['RecentTrend'];

/** The confidence levels the API compares at: 95% (Fingertips' default) or 99.8%. */
export const confidenceLevels = [95, 99.8] as const;
export type ConfidenceLevel = (typeof confidenceLevels)[number];

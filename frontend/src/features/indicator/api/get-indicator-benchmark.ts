import { useQuery } from '@tanstack/react-query';
import type { Benchmark } from '@/features/indicator/types';
import { apiClient, expectData } from '@/lib/api-client';

/** One place's benchmark: `compareTo` adds other places; `series` adds every series for a chart. */
export type BenchmarkQuery = {
  indicator: string;
  area: string;
  breakdown: string;
  category: string;
  compareTo: string[];
  /** A period label the place has; its latest when left out. */
  period?: string;
  series: boolean;
};

function queryOf({ area, breakdown, category, compareTo, period, series }: BenchmarkQuery) {
  return { area, breakdown, category, compareTo, ...(period ? { period } : {}), series };
}

export async function getIndicatorBenchmark(query: BenchmarkQuery): Promise<Benchmark> {
  return expectData(
    await apiClient.GET('/api/v1/indicators/{code}/benchmark', { params: { path: { code: query.indicator }, query: queryOf(query) } }),
  );
}

/** Nothing is asked for until an indicator, a place and a category are known (and `enabled`). */
export function useIndicatorBenchmark(query: BenchmarkQuery, enabled = true) {
  return useQuery({
    queryKey: ['indicator-benchmark', query],
    queryFn: () => getIndicatorBenchmark(query),
    enabled: enabled && query.indicator !== '' && query.area !== '' && query.category !== '',
  });
}

/** The address of a benchmark, as an analyst would call it (with a bearer token). */
export function benchmarkAddress(query: BenchmarkQuery): string {
  const { area, breakdown, category, compareTo, period, series } = queryOf(query);
  const params = new URLSearchParams({ area, breakdown, category });
  for (const place of compareTo) params.append('compareTo', place);
  if (period) params.set('period', period);
  if (series) params.set('series', 'true');
  return `/api/v1/indicators/${encodeURIComponent(query.indicator)}/benchmark?${params.toString()}`;
}

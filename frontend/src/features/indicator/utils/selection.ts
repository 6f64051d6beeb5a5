import { englandCode } from '@/lib/geography';
import { comparators, type Comparator, type Selection } from '@/features/indicator/types';

export const totalBreakdown = 'total';

export function selectionFrom(params: URLSearchParams): Selection {
  return {
    indicator: params.get('indicator') ?? '',
    areas: [...new Set(params.getAll('area'))],
    compare: comparators.filter((comparator) => params.getAll('compare').includes(comparator)),
    breakdown: params.get('breakdown') || totalBreakdown,
    category: params.get('category') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

/** The page's query: empty and default values left out, so the address stays short. */
export function toPageParams(selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  if (selection.indicator) params.set('indicator', selection.indicator);
  for (const area of selection.areas) params.append('area', area);
  for (const comparator of selection.compare) params.append('compare', comparator);
  if (selection.breakdown !== totalBreakdown) {
    params.set('breakdown', selection.breakdown);
    if (selection.category) params.set('category', selection.category);
  }
  if (selection.from.trim()) params.set('from', selection.from.trim());
  if (selection.to.trim()) params.set('to', selection.to.trim());
  return params;
}

/** What the first place is compared with: its region and its statistical neighbours, nearest first (as GET /geography/{code} gives them). */
export type ComparatorPlaces = { code: string; region: { code: string; name: string } | null; neighbours: { code: string; name: string }[] };

/**
 * The places a view shows: those chosen, then the comparators asked for (England, the first place's
 * region, its neighbours), each once. Comparators wait for the first place to be read.
 */
export function placesShown(selection: Pick<Selection, 'areas' | 'compare'>, first: ComparatorPlaces | undefined): string[] {
  const wanted = (comparator: Comparator) => selection.compare.includes(comparator);
  const added = [
    ...(wanted('england') && selection.areas[0] !== englandCode ? [englandCode] : []),
    ...(first && wanted('region') && first.region ? [first.region.code] : []),
    ...(first && wanted('neighbours') ? first.neighbours.map((neighbour) => neighbour.code) : []),
  ];
  return [...new Set([...selection.areas, ...added])];
}

/** The query of GET /api/v1/indicator-values for the values a view shows (repeatable `area`). */
export type ValuesQuery = {
  indicator: string[];
  area: string[];
  breakdown: string;
  category?: string;
  from?: string;
  to?: string;
};

/** The values of the chosen category in every chosen area: the trend, the comparison and the download. */
export function seriesQuery(selection: Selection, category: string): ValuesQuery {
  return {
    indicator: [selection.indicator],
    area: selection.areas,
    breakdown: selection.breakdown,
    category: selection.breakdown === totalBreakdown ? totalBreakdown : category,
    ...periodRange(selection),
  };
}

/** Every category of the chosen breakdown in the chosen areas: the breakdown chart and the category choices. */
export function breakdownQuery(selection: Pick<Selection, 'indicator' | 'areas' | 'breakdown' | 'from' | 'to'>): ValuesQuery {
  return { indicator: [selection.indicator], area: selection.areas, breakdown: selection.breakdown, ...periodRange(selection) };
}

function periodRange({ from, to }: Pick<Selection, 'from' | 'to'>): Pick<ValuesQuery, 'from' | 'to'> {
  return { ...(from.trim() ? { from: from.trim() } : {}), ...(to.trim() ? { to: to.trim() } : {}) };
}

/** The address of the CSV of a query, as the API serves it (an analyst can use it from R or Power BI with a token). */
export function csvUrl(query: ValuesQuery): string {
  const params = new URLSearchParams();
  for (const indicator of query.indicator) params.append('indicator', indicator);
  for (const area of query.area) params.append('area', area);
  params.set('breakdown', query.breakdown);
  if (query.category) params.set('category', query.category);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  params.set('format', 'csv');
  return `/api/v1/indicator-values?${params.toString()}`;
}

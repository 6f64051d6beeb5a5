import { comparators, type Selection } from '@/features/indicator/types';

export const totalBreakdown = 'total';

/** In the address, no comparator at all (every comparator is drawn when the address names none). */
const noComparator = 'none';

export function selectionFrom(params: URLSearchParams): Selection {
  const compare = params.getAll('compare');
  return {
    indicator: params.get('indicator') ?? '',
    areas: [...new Set(params.getAll('area'))],
    compare: compare.length === 0 ? [...comparators] : comparators.filter((comparator) => compare.includes(comparator)),
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
  if (selection.compare.length === 0) params.append('compare', noComparator);
  else if (selection.compare.length < comparators.length) for (const comparator of selection.compare) params.append('compare', comparator);
  if (selection.breakdown !== totalBreakdown) {
    params.set('breakdown', selection.breakdown);
    if (selection.category) params.set('category', selection.category);
  }
  if (selection.from.trim()) params.set('from', selection.from.trim());
  if (selection.to.trim()) params.set('to', selection.to.trim());
  return params;
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

/** The values of the chosen category in some places: for analysts, the places of the trend as the analysts' CSV. */
export function seriesQuery(selection: Selection, category: string, areas: string[]): ValuesQuery {
  return {
    indicator: [selection.indicator],
    area: areas,
    breakdown: selection.breakdown,
    category: selection.breakdown === totalBreakdown ? totalBreakdown : category,
    ...periodRange(selection),
  };
}

/** Every category of the chosen breakdown in the chosen places: the breakdown chart and the category choices. */
export function breakdownQuery(selection: Pick<Selection, 'indicator' | 'areas' | 'breakdown' | 'from' | 'to'>): ValuesQuery {
  return { indicator: [selection.indicator], area: selection.areas, breakdown: selection.breakdown, ...periodRange(selection) };
}

function periodRange({ from, to }: Pick<Selection, 'from' | 'to'>): Pick<ValuesQuery, 'from' | 'to'> {
  return { ...(from.trim() ? { from: from.trim() } : {}), ...(to.trim() ? { to: to.trim() } : {}) };
}

/** The address of the values of a query, as the API serves them (an analyst can use it from R or Power BI with a token). */
export function valuesAddress(query: ValuesQuery, format: 'json' | 'csv'): string {
  const params = new URLSearchParams();
  for (const indicator of query.indicator) params.append('indicator', indicator);
  for (const area of query.area) params.append('area', area);
  params.set('breakdown', query.breakdown);
  if (query.category) params.set('category', query.category);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (format === 'csv') params.set('format', 'csv');
  return `/api/v1/indicator-values?${params.toString()}`;
}

import type { BenchmarkSeries, Comparator, SeriesPoint, SeriesRole } from '@/features/indicator/types';
import type { IndicatorUnit } from '@/lib/indicator-values';
import { listed } from '@/features/indicator/utils/chart-words';
import { isInRange, type PeriodRange } from '@/features/indicator/utils/period-range';
import { byPeriodStart } from '@/features/indicator/utils/series';

/** The comparator each role is drawn for; the place and the places picked are always drawn. */
const comparatorOf: Partial<Record<SeriesRole, Comparator>> = { england: 'england', region: 'region', neighbours_mean: 'neighbours' };

/** The order of the lines, the table's columns and the bars: the place, the places picked, then the comparators. */
const shownOrder: SeriesRole[] = ['place', 'other', 'england', 'region', 'neighbours_mean'];

/** A series as every view names it: the neighbours' mean is no place of its own. */
export function seriesName(series: Pick<BenchmarkSeries, 'role' | 'name'>): string {
  return series.role === 'neighbours_mean' ? "Statistical neighbours' mean" : series.name;
}

function wanted(series: BenchmarkSeries[], compare: Comparator[]): BenchmarkSeries[] {
  const asked = series.filter((one) => {
    const comparator = comparatorOf[one.role];
    return !comparator || compare.includes(comparator);
  });
  const seen = new Set<string>();
  return [...asked]
    .sort((a, b) => shownOrder.indexOf(a.role) - shownOrder.indexOf(b.role))
    .filter((one) => {
      if (one.code === null) return true;
      if (seen.has(one.code)) return false;
      seen.add(one.code);
      return true;
    });
}

/**
 * The series a view shows: the place's, the places picked, then the comparators asked for, each
 * place once, with their points in the range, oldest first. A series with no point in the range is
 * left out (`withoutFigures` names it).
 */
export function shownSeries(series: BenchmarkSeries[], compare: Comparator[], range: PeriodRange): BenchmarkSeries[] {
  return wanted(series, compare)
    .map((one) => ({ ...one, points: one.points.filter((point) => isInRange(point, range)).sort(byPeriodStart) }))
    .filter((one) => one.points.length > 0);
}

/**
 * Whether a series is drawn as well as tabled. A count has no denominator: England's and a
 * region's dwarf a local authority's and would flatten its line, so they are only in the tables.
 */
export function isDrawn(series: Pick<BenchmarkSeries, 'role'>, unit: IndicatorUnit): boolean {
  return unit !== 'count' || (series.role !== 'england' && series.role !== 'region');
}

/** Says which series the tables hold but the chart does not draw, and why; empty when it draws them all. */
export function notDrawnNote(series: BenchmarkSeries[], unit: IndicatorUnit): string {
  const tabledOnly = series.filter((one) => !isDrawn(one, unit)).map(seriesName);
  if (tabledOnly.length === 0) return '';
  return `${listed(tabledOnly, 'and')} ${tabledOnly.length === 1 ? 'is' : 'are'} in the table but not drawn: a count for a larger place dwarfs one local authority's.`;
}

export type WithoutFigures = { name: string; inOtherPeriods: boolean; comparator: boolean };

/**
 * The places chosen and the comparators asked for that have no figure to show: none at all for the
 * indicator (or the category), or none in the range. A figure the source withheld is a figure.
 */
export function withoutFigures(
  chosen: { code: string; name: string }[],
  series: BenchmarkSeries[],
  compare: Comparator[],
  range: PeriodRange,
): WithoutFigures[] {
  const seriesOf = (code: string) => series.find((one) => one.code === code && one.points.length > 0);
  // A place is named as the answer names it when it is there (the page may not have read its name yet).
  const nameOf = (place: { code: string; name: string }) => series.find((one) => one.code === place.code)?.name ?? place.name;
  const places = chosen.map((place) => ({ name: nameOf(place), points: seriesOf(place.code)?.points ?? [], comparator: false }));
  const placeName = series.find((one) => one.role === 'place')?.name;
  const comparators = wanted(series, compare)
    .filter((one) => one.role !== 'place' && one.role !== 'other')
    .map((one) => ({ name: one.role === 'neighbours_mean' ? `${placeName}'s statistical neighbours` : one.name, points: one.points, comparator: true }));
  return [...places, ...comparators]
    .filter(({ points }) => !points.some((point) => isInRange(point, range)))
    .map(({ name, points, comparator }) => ({ name, inOtherPeriods: points.length > 0, comparator }));
}

export type LatestFigure = { series: BenchmarkSeries; point: SeriesPoint };

/** Each series' latest figure (given or withheld): the comparison's bars. */
export function latestOfEach(series: BenchmarkSeries[]): LatestFigure[] {
  return series.flatMap((one) => {
    const point = [...one.points].sort(byPeriodStart).at(-1);
    return point ? [{ series: one, point }] : [];
  });
}

/** The figures compared that are not of the first one's period (the place's): they need a warning. */
export function ofOtherPeriods(latest: LatestFigure[]): LatestFigure[] {
  const [first] = latest;
  return first ? latest.filter(({ point }) => point.period !== first.point.period) : [];
}

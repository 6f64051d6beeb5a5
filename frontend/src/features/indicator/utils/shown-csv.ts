import type { BenchmarkIndicator, BenchmarkSeries, IndicatorValue } from '@/features/indicator/types';
import { seriesName } from '@/features/indicator/utils/benchmark-series';
import { csvColumns } from '@/features/indicator/utils/import-report';

/** The analysts' columns, then the 95% interval SEND Hub gives every figure, what each row is, and how many neighbours a mean is of. */
export const shownCsvColumns = [
  ...csvColumns,
  'suppression',
  'lower_ci_95',
  'upper_ci_95',
  'ci_95_method',
  'role',
  'neighbours_in_mean',
] as const;

type Row = Record<(typeof shownCsvColumns)[number], string | number | null>;

/** What the page shows: the series of the trend (in one breakdown and category) and the categories of the breakdown. */
export type Shown = {
  indicator: BenchmarkIndicator;
  breakdown: string;
  category: string;
  series: BenchmarkSeries[];
  categories: IndicatorValue[];
};

function seriesRows({ indicator, breakdown, category, series }: Shown): Row[] {
  return series.flatMap((one) =>
    one.points.map((point) => {
      const { ci95, method } = point.intervals;
      const supplied = method === 'supplied' ? ci95 : null;
      return {
        indicator_code: indicator.code,
        indicator_name: indicator.name,
        area_code: one.code,
        area_name: seriesName(one),
        period: point.period,
        period_start: point.periodStart,
        breakdown,
        category,
        value: point.value,
        numerator: point.numerator,
        denominator: point.denominator,
        lower_ci: supplied?.lower ?? null,
        upper_ci: supplied?.upper ?? null,
        unit: indicator.unit,
        note: point.note,
        suppression: point.suppression,
        lower_ci_95: ci95?.lower ?? null,
        upper_ci_95: ci95?.upper ?? null,
        ci_95_method: method,
        role: one.role,
        neighbours_in_mean: point.places,
      };
    }),
  );
}

function categoryRow(value: IndicatorValue): Row {
  const { ci95, method } = value.intervals;
  return {
    indicator_code: value.indicatorCode,
    indicator_name: value.indicatorName,
    area_code: value.areaCode,
    area_name: value.areaName,
    period: value.period,
    period_start: value.periodStart,
    breakdown: value.breakdown,
    category: value.category,
    value: value.value,
    numerator: value.numerator,
    denominator: value.denominator,
    lower_ci: value.lowerCi,
    upper_ci: value.upperCi,
    unit: value.unit,
    note: value.note,
    suppression: value.suppression,
    lower_ci_95: ci95?.lower ?? null,
    upper_ci_95: ci95?.upper ?? null,
    ci_95_method: method,
    role: 'place',
    neighbours_in_mean: null,
  };
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Exactly what the page shows, a row a figure: every figure of every series drawn, then every
 * category of the breakdown (a category already in the trend is not repeated).
 */
export function shownRows(shown: Shown): Row[] {
  const rows = seriesRows(shown);
  const key = (row: Row) => [row.area_code, row.period, row.breakdown, row.category].join('|');
  const inTrend = new Set(rows.map(key));
  return [...rows, ...shown.categories.map(categoryRow).filter((row) => !inTrend.has(key(row)))];
}

/** The rows as CSV, a header first, lines ending CRLF (RFC 4180). */
export function shownCsv(shown: Shown): string {
  return [shownCsvColumns.join(','), ...shownRows(shown).map((row) => shownCsvColumns.map((column) => field(row[column])).join(','))]
    .map((line) => `${line}\r\n`)
    .join('');
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "ehcp-issued-within-20-weeks_manchester_2026-12-01.csv": the indicator, the place and the day. */
export function shownCsvName(indicatorCode: string, placeName: string, today: string): string {
  return `${slug(indicatorCode)}_${slug(placeName)}_${today}.csv`;
}

import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '@/features/indicator/types';
import { shownCsv, shownCsvColumns, shownCsvName } from '@/features/indicator/utils/shown-csv';
import { issuedIn20Weeks, manchesterPlace, neighboursMean, point, seriesOf } from '@/test/explorer-fixtures';

function rowsOf(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  // The fixtures hold no quoted commas except where a test says so.
  return lines.map((line) => Object.fromEntries(header.split(',').map((column, index) => [column, line.split(',')[index] ?? ''])));
}

const category = (name: string, value: number | null, extra: Partial<IndicatorValue> = {}): IndicatorValue => ({
  indicatorCode: 'ehcp_by_need',
  indicatorName: 'EHC plans by need',
  areaCode: manchesterPlace.code,
  areaName: 'Manchester',
  period: '2024',
  periodStart: '2024-01-01',
  breakdown: 'primary_need',
  category: name,
  value,
  numerator: value === null ? null : value * 10,
  denominator: value === null ? null : 1000,
  lowerCi: null,
  upperCi: null,
  unit: 'percent',
  note: null,
  suppression: null,
  intervals: { ci95: null, ci998: null, method: null },
  ...extra,
});

describe('the CSV of what is shown', () => {
  it('has the analysts’ columns, then the 95% interval, the role of each row and the size of a mean', () => {
    expect(shownCsvColumns.join(',')).toBe(
      'indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,category,value,numerator,denominator,lower_ci,upper_ci,unit,note,suppression,lower_ci_95,upper_ci_95,ci_95_method,role,neighbours_in_mean',
    );
  });

  it('holds a row for every figure of every series drawn, the neighbours’ mean and withheld figures included', () => {
    const csv = shownCsv({
      indicator: issuedIn20Weeks,
      breakdown: 'total',
      category: 'total',
      series: [
        seriesOf('place', manchesterPlace, [point('2023', 51, { numerator: 510, denominator: 1000 }), point('2024', null, { suppression: 'c' })]),
        seriesOf('neighbours_mean', neighboursMean, [point('2024', 60, { interval: false, places: 9 })]),
      ],
      categories: [],
    });

    expect(csv.startsWith(`${shownCsvColumns.join(',')}\r\n`)).toBe(true);
    const rows = rowsOf(csv);
    expect(rows.map((row) => [row.area_code, row.area_name, row.period, row.value, row.numerator, row.denominator, row.suppression, row.lower_ci_95, row.upper_ci_95, row.ci_95_method, row.role, row.neighbours_in_mean])).toEqual([
      ['E08000003', 'Manchester', '2023', '51', '510', '1000', '', '49', '53', 'wilson', 'place', ''],
      ['E08000003', 'Manchester', '2024', '', '', '', 'c', '', '', '', 'place', ''],
      ['', "Statistical neighbours' mean", '2024', '60', '', '', '', '', '', '', 'neighbours_mean', '9'],
    ]);
    expect(new Set(rows.map((row) => `${row.indicator_code} ${row.unit} ${row.breakdown} ${row.category}`))).toEqual(
      new Set(['ehcp_issued_within_20_weeks percent total total']),
    );
  });

  it('adds the categories of the breakdown shown, each once, with their counts', () => {
    const csv = shownCsv({
      indicator: issuedIn20Weeks,
      breakdown: 'primary_need',
      category: 'ASD',
      series: [seriesOf('place', manchesterPlace, [point('2024', 8.6)])],
      categories: [category('ASD', 8.6), category('SLCN', 21.2), category('PMLD', null, { suppression: 'x' })],
    });

    expect(rowsOf(csv).map((row) => [row.category, row.value, row.numerator, row.denominator, row.suppression])).toEqual([
      ['ASD', '8.6', '', '', ''],
      ['SLCN', '21.2', '212', '1000', ''],
      ['PMLD', '', '', '', 'x'],
    ]);
  });

  it('quotes a note with commas and quotes as RFC 4180 says', () => {
    const csv = shownCsv({
      indicator: issuedIn20Weeks,
      breakdown: 'total',
      category: 'total',
      series: [seriesOf('place', manchesterPlace, [point('2024', 63.5, { note: 'Provisional, "revised" later' })])],
      categories: [],
    });

    expect(csv).toContain(',"Provisional, ""revised"" later",');
  });

  it('is named for the indicator, the place and the day', () => {
    expect(shownCsvName('ehcp_issued_within_20_weeks', 'Manchester', '2026-12-01')).toBe('ehcp-issued-within-20-weeks_manchester_2026-12-01.csv');
    expect(shownCsvName('send_pupils_percent', 'Bristol, City of', '2026-12-01')).toBe('send-pupils-percent_bristol-city-of_2026-12-01.csv');
  });
});

import type { ImportReport } from '@/features/indicator/types';
import { countOf } from '@/lib/format';

/** The analysts' CSV: the columns of the download, which the import reads back. */
export const csvColumns = [
  'indicator_code',
  'indicator_name',
  'area_code',
  'area_name',
  'period',
  'period_start',
  'breakdown',
  'category',
  'value',
  'numerator',
  'denominator',
  'lower_ci',
  'upper_ci',
  'unit',
  'note',
] as const;

/** "10 new, 2 changed, 0 unchanged" */
export function changeCounts(report: ImportReport): string {
  const count = (n: number) => n.toLocaleString('en-GB');
  return `${count(report.inserted)} new, ${count(report.updated)} changed, ${count(report.unchanged)} unchanged`;
}

/** "12 rows: 10 new, 2 changed, 0 unchanged" */
export function rowCounts(report: ImportReport): string {
  return `${countOf(report.rows, 'row')}: ${changeCounts(report)}`;
}

/** Codes with the names the app knows them by, "Manchester (E08000003), E08000099", in the order given. */
export function namedCodes(codes: string[], nameOf: (code: string) => string | undefined): string {
  return codes
    .map((code) => {
      const name = nameOf(code);
      return name ? `${name} (${code})` : code;
    })
    .join(', ');
}

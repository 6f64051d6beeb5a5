import { describe, expect, it } from 'vitest';
import { countCsvRows, describeColumns, parseCsvStart, placeNames, readCsvFileStart } from '@/features/indicator/utils/ees-csv';

const header = 'time_period,time_identifier,geographic_level,country_code,country_name,new_la_code,la_name,breakdown_topic,breakdown,ehcplans,mainstream_total_pc';

describe('reading the start of an EES file', () => {
  it('drops the byte order mark and reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = `\uFEFF${header}\r\n202425,Academic year,National,E92000001,England,,,"Type of need, primary","Autism ""ASD""",576474,43.3\r\n202425,Academic year,Local authority,E92000001,England,E08000003,Manchester,Sex,"Fe\nmale",x,\r\n`;
    const { columns, rows } = parseCsvStart(text);
    expect(columns[0]).toBe('time_period');
    expect(columns).toHaveLength(11);
    expect(rows).toEqual([
      ['202425', 'Academic year', 'National', 'E92000001', 'England', '', '', 'Type of need, primary', 'Autism "ASD"', '576474', '43.3'],
      ['202425', 'Academic year', 'Local authority', 'E92000001', 'England', 'E08000003', 'Manchester', 'Sex', 'Fe\nmale', 'x', ''],
    ]);
  });

  it('reads only as many rows as asked, and leaves out the cut last line of a file read in part', () => {
    const text = `${header}\n1,a\n2,b\n3,c\n4,d`;
    expect(parseCsvStart(text, 2).rows).toEqual([
      ['1', 'a'],
      ['2', 'b'],
    ]);
    expect(parseCsvStart(text, 10).rows).toHaveLength(4);
    expect(parseCsvStart(text, 10, { cut: true }).rows).toEqual([
      ['1', 'a'],
      ['2', 'b'],
      ['3', 'c'],
    ]);
    expect(parseCsvStart('a,b\n\n1,2\n').rows).toEqual([['1', '2']]);
  });

  it('reads a chosen file’s start and counts its rows', async () => {
    const file = new File([`\uFEFF${header}\n202425,Academic year\n202526,Academic year\n`], 'caseload.csv', { type: 'text/csv' });
    const start = await readCsvFileStart(file);
    expect(start.columns[0]).toBe('time_period');
    expect(start.rows).toHaveLength(2);
    expect(await countCsvRows(file)).toBe(2);
    expect(await countCsvRows(new File([`${header}\n1\n2\n3`], 'no-last-newline.csv'))).toBe(3);
    expect(await countCsvRows(new File([''], 'empty.csv'))).toBe(0);
  });

  it('tells the period and place columns, the filters and the figures apart, with their values', () => {
    const start = parseCsvStart(
      `${header}\n202425,Academic year,National,E92000001,England,,,All EHC plans,All EHC plans,576474,43.3\n202425,Academic year,Local authority,E92000001,England,E08000003,Manchester,Sex,Female,x,low\n`,
    );
    const columns = describeColumns(start);
    expect(Object.fromEntries(columns.map((column) => [column.name, column.role]))).toEqual({
      time_period: 'time',
      time_identifier: 'time',
      geographic_level: 'place',
      country_code: 'place',
      country_name: 'place',
      new_la_code: 'place',
      la_name: 'place',
      breakdown_topic: 'filter',
      breakdown: 'filter',
      ehcplans: 'indicator',
      mainstream_total_pc: 'indicator',
    });
    expect(columns.find((column) => column.name === 'breakdown_topic')?.values).toEqual(['All EHC plans', 'Sex']);
    expect(columns.find((column) => column.name === 'new_la_code')?.values).toEqual(['E08000003']);
    expect(placeNames(start)).toEqual(
      new Map([
        ['E92000001', 'England'],
        ['E08000003', 'Manchester'],
      ]),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { datePartsFromIso, dateProblems, isoFromDateParts } from '@/lib/date-parts';

const date = (day: string, month: string, year: string) => ({ day, month, year });
const problems = (day: string, month: string, year: string) => dateProblems('contractStart', 'Contract start date', date(day, month, year));

describe('a date typed into three boxes', () => {
  it('is sent as an ISO date, and empty boxes as no date', () => {
    expect(isoFromDateParts(date('27', '3', '2026'))).toBe('2026-03-27');
    expect(isoFromDateParts(date(' 07 ', '03', '2026'))).toBe('2026-03-07');
    expect(isoFromDateParts(date('1', 'Sept', '2026'))).toBe('2026-09-01');
    expect(isoFromDateParts(date('', ' ', ''))).toBeNull();
  });

  it('is shown from a saved date as a user would type it', () => {
    expect(datePartsFromIso('2026-03-07')).toEqual(date('7', '3', '2026'));
    expect(datePartsFromIso(null)).toEqual(date('', '', ''));
  });

  it('may be left empty, or be any real date, the month as a number or a word', () => {
    expect(problems('', '', '')).toEqual([]);
    expect(problems('29', '2', '2028')).toEqual([]);
    expect(problems('1', 'march', '2026')).toEqual([]);
    expect(problems('01', 'Jan', '2026')).toEqual([]);
  });

  it('says which parts are missing, on the boxes to fill in', () => {
    expect(problems('27', '', '2026')).toEqual([{ field: 'contractStart.month', message: 'Contract start date must include a month' }]);
    expect(problems('', '3', '')).toEqual([
      { field: 'contractStart.day', message: 'Contract start date must include a day and year' },
      { field: 'contractStart.year', message: 'Contract start date must include a day and year' },
    ]);
  });

  it('says when it cannot be a real date, on the wrong box or else on the whole date', () => {
    expect(problems('32', '3', '2026')).toEqual([{ field: 'contractStart.day', message: 'Contract start date must be a real date' }]);
    expect(problems('27', '13', '2026')).toEqual([{ field: 'contractStart.month', message: 'Contract start date must be a real date' }]);
    expect(problems('27', 'ma', '2026')).toEqual([{ field: 'contractStart.month', message: 'Contract start date must be a real date' }]);
    expect(problems('0', '13', '2026')).toEqual([{ field: 'contractStart', message: 'Contract start date must be a real date' }]);
    expect(problems('31', '2', '2026')).toEqual([{ field: 'contractStart', message: 'Contract start date must be a real date' }]);
    expect(problems('29', '2', '2027')).toEqual([{ field: 'contractStart', message: 'Contract start date must be a real date' }]);
  });

  it('needs a year of 4 numbers', () => {
    expect(problems('27', '3', '26')).toEqual([{ field: 'contractStart.year', message: 'Contract start date must include a year with 4 numbers' }]);
    expect(problems('27', '3', '20x6')).toEqual([{ field: 'contractStart.year', message: 'Contract start date must be a real date' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, todayIso } from '@/lib/dates';

describe('dates', () => {
  it('say today in the user’s own time zone', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('add months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-11-25', 6)).toBe('2027-05-25');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-07-15', 6)).toBe('2027-01-15');
  });

  it('know a date from text that only looks like one', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('28/02/2027')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isInRange, periodRangeOf, rangeWords } from '@/features/indicator/utils/period-range';

describe('the range of periods asked for', () => {
  it('reads years, months and dates as the API does: from their first day, to their last', () => {
    expect(periodRangeOf('2021', '2023')).toEqual({ range: { start: '2021-01-01', end: '2023-12-31' } });
    expect(periodRangeOf('2024-02', '2024-02')).toEqual({ range: { start: '2024-02-01', end: '2024-02-29' } });
    expect(periodRangeOf(' 2023-09-01 ', '')).toEqual({ range: { start: '2023-09-01' } });
    expect(periodRangeOf('', '')).toEqual({ range: {} });
  });

  it('says which box holds something that is not a period', () => {
    expect(periodRangeOf('last year', '2023-13')).toEqual({
      problem:
        'From period must be a year, like 2019, a month, like 2023-01, or a date, like 2023-09-01. To period must be a year, like 2019, a month, like 2023-01, or a date, like 2023-09-01.',
    });
    expect(periodRangeOf('2023-02-30', '')).toHaveProperty('problem');
  });

  it('takes in a period by the day it starts', () => {
    const range = { start: '2021-01-01', end: '2023-12-31' };
    expect(isInRange({ period: '2020/21', periodStart: '2020-09-01' }, range)).toBe(false);
    expect(isInRange({ period: '2021/22', periodStart: '2021-09-01' }, range)).toBe(true);
    expect(isInRange({ period: '2024', periodStart: '2024-01-01' }, range)).toBe(false);
    expect(isInRange({ period: '2024', periodStart: '2024-01-01' }, {})).toBe(true);
  });

  it('is put in words for the places without figures in it', () => {
    expect(rangeWords('2021', '2023')).toBe('from 2021 to 2023');
    expect(rangeWords('2021', '')).toBe('from 2021 on');
    expect(rangeWords('', '2023')).toBe('up to 2023');
    expect(rangeWords('', '')).toBe('');
  });
});

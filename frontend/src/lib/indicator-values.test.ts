import { describe, expect, it } from 'vitest';
import { formatFigure, formatFigureOf, formatIndicatorValue } from '@/lib/indicator-values';

describe('figures of indicators', () => {
  it('shows a value in its unit', () => {
    expect(formatFigure({ value: 13.5, suppression: null }, 'percent')).toBe('13.5%');
    expect(formatFigure({ value: 4.25, suppression: null }, 'rate_per_1000')).toBe('4.25 per 1,000');
    expect(formatFigure({ value: 2798 }, 'count')).toBe('2,798');
    expect(formatFigure({ value: 0, suppression: null }, 'count')).toBe('0');
    expect(formatFigureOf({ value: 13.5, period: '2023' }, 'percent')).toBe('13.5% (2023)');
  });

  it('says why a figure was withheld, in words and by its symbol, never as 0 or a blank', () => {
    const withheld = (suppression: 'c' | 'x' | 'z' | 'low' | 'u') => formatFigure({ value: null, suppression }, 'percent');
    expect(withheld('c')).toBe('withheld (c: confidential)');
    expect(withheld('x')).toBe('not available (x)');
    expect(withheld('z')).toBe('not applicable (z)');
    expect(withheld('low')).toBe('rounds to zero (low)');
    expect(withheld('u')).toBe('low reliability (u)');
    expect(formatFigureOf({ value: null, suppression: 'c', period: '2023/24' }, 'count')).toBe('withheld (c: confidential) (2023/24)');
  });

  it('says a figure that is not there is not there', () => {
    expect(formatFigure({ value: null, suppression: null }, 'percent')).toBe('no value');
    expect(formatIndicatorValue(null, 'percent')).toBe('');
  });
});

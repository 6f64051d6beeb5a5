import { describe, expect, it } from 'vitest';
import { countOf, formatDate, formatMoney, splitList } from '@/lib/format';

describe('formatting', () => {
  it('shows money in pounds, with pence only when there are any', () => {
    expect(formatMoney(450000.5)).toBe('£450,000.50');
    expect(formatMoney(450000)).toBe('£450,000');
    expect(formatMoney(0)).toBe('£0');
    expect(formatMoney(null)).toBe('');
  });

  it('shows dates in words', () => {
    expect(formatDate('2027-03-31')).toBe('31 March 2027');
  });

  it('counts things', () => {
    expect(countOf(1, 'service')).toBe('1 service');
    expect(countOf(1200, 'service')).toBe('1,200 services');
  });

  it('reads a typed list one item a line, or with commas as well', () => {
    expect(splitList(' Manchester City Council \n\nNHS GM ICB\n')).toEqual(['Manchester City Council', 'NHS GM ICB']);
    expect(splitList('ehcp_rate, send_rate\nks2_ratio', { commas: true })).toEqual(['ehcp_rate', 'send_rate', 'ks2_ratio']);
  });
});

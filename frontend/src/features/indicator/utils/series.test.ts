import { describe, expect, it } from 'vitest';
import { periodsOf } from '@/features/indicator/utils/series';

describe('the periods of some figures', () => {
  it('are ordered by the day each starts, never by their labels', () => {
    const figures = [
      { period: 'Spring 2024', periodStart: '2024-01-01' },
      { period: 'Autumn 2023', periodStart: '2023-09-01' },
      { period: 'Summer 2023', periodStart: '2023-04-01' },
      { period: 'Autumn 2023', periodStart: '2023-09-01' },
    ];

    expect(periodsOf(figures).map((figure) => figure.period)).toEqual(['Summer 2023', 'Autumn 2023', 'Spring 2024']);
  });

  it('put a financial year before the calendar year that starts after it', () => {
    const figures = [
      { period: '2023', periodStart: '2023-01-01' },
      { period: '2022/23', periodStart: '2022-04-01' },
      { period: '2023/24', periodStart: '2023-04-01' },
    ];

    expect(periodsOf(figures).map((figure) => figure.period)).toEqual(['2022/23', '2023', '2023/24']);
  });
});

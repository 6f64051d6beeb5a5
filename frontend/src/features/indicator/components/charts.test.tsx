import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from '@/features/indicator/components/bar-chart';
import { niceTicks } from '@/features/indicator/components/chart-scale';
import { TrendChart } from '@/features/indicator/components/trend-chart';

describe('the charts', () => {
  it('draw a point for each value of each line, and whiskers where there is an interval', () => {
    const { container } = render(
      <TrendChart
        label="Line chart: pupils with SEND"
        periods={['2021', '2022', '2023']}
        unit="percent"
        series={[
          { name: 'Manchester', points: [{ value: 12 }, { value: 13, lowerCi: 12.5, upperCi: 13.5 }, { value: 13.5 }] },
          { name: 'Wigan', points: [undefined, { value: 14 }, { value: 15 }] },
        ]}
      />,
    );

    const chart = screen.getByRole('img', { name: 'Line chart: pupils with SEND' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll('[data-series="Manchester"] [data-point]')).toHaveLength(3);
    expect(chart.querySelectorAll('[data-series="Wigan"] [data-point]')).toHaveLength(2);
    expect(chart.querySelectorAll('[data-ci]')).toHaveLength(1);
    expect(within(chart).getByText('2022')).toBeInTheDocument();
    expect(container.querySelector('.sendhub-chart__legend')).toHaveTextContent('ManchesterWigan');
  });

  it('draw a bar for each value, labelled in its unit', () => {
    render(
      <BarChart
        label="Bar chart: EHC plans by phase"
        unit="count"
        bars={[
          { label: 'Primary', value: 1200 },
          { label: 'Secondary', value: 998 },
          { label: 'Post-16', value: 600 },
        ]}
      />,
    );

    const chart = screen.getByRole('img', { name: 'Bar chart: EHC plans by phase' });
    expect(chart.querySelectorAll('[data-bar]')).toHaveLength(3);
    expect(within(chart).getByText('1,200')).toBeInTheDocument();
    expect(within(chart).getByText('Post-16')).toBeInTheDocument();
  });

  it('choose round steps for the axis that take in every value', () => {
    expect(niceTicks(0, 13.5)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0, 2798)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(-10, 40)).toEqual([-10, 0, 10, 20, 30, 40]);
    expect(niceTicks(5, 5).length).toBeGreaterThan(1);
  });
});

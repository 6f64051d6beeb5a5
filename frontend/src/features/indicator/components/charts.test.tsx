import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BarChart } from '@/features/indicator/components/bar-chart';
import { niceTicks } from '@/features/indicator/components/chart-scale';
import { TrendChart } from '@/features/indicator/components/trend-chart';

/** A page laid out `width` pixels wide for the charts (jsdom lays nothing out). */
function laidOutAt(width: number) {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: (entries: { contentRect: { width: number } }[]) => void) {}
      observe() {
        this.report([{ contentRect: { width } }]);
      }
      disconnect() {}
    },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

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

  it('are drawn at a phone’s width with their text at its size: fewer period labels, bar labels above the bars', () => {
    laidOutAt(300);
    const years = ['2019', '2020', '2021', '2022', '2023', '2024'];
    render(<TrendChart label="Line chart: timeliness" periods={years} unit="percent" series={[{ name: 'Manchester', points: years.map((_, index) => ({ value: 50 + index })) }]} />);
    render(<BarChart label="Bar chart: timeliness" unit="percent" bars={[{ label: "Statistical neighbours' mean", value: 64.97 }]} />);

    const trend = screen.getByRole('img', { name: 'Line chart: timeliness' });
    expect(trend).toHaveAttribute('viewBox', '0 0 300 320');
    expect(years.filter((year) => within(trend).queryByText(year))).toEqual(['2020', '2022', '2024']);
    expect(trend.querySelectorAll('[data-point]')).toHaveLength(6);

    const bars = screen.getByRole('img', { name: 'Bar chart: timeliness' });
    const barLabel = within(bars).getByText("Statistical neighbours' mean");
    expect(Number(barLabel.getAttribute('y'))).toBeLessThan(Number(bars.querySelector('[data-bar]')?.getAttribute('y')));
    expect(barLabel).not.toHaveAttribute('text-anchor', 'end');
  });

  it('label every period and put bar labels beside the bars where there is room', () => {
    laidOutAt(1000);
    const years = ['2019', '2020', '2021', '2022', '2023', '2024'];
    render(<TrendChart label="Line chart: timeliness" periods={years} unit="percent" series={[{ name: 'Manchester', points: years.map((_, index) => ({ value: 50 + index })) }]} />);
    render(<BarChart label="Bar chart: timeliness" unit="percent" bars={[{ label: 'England', value: 45.9 }]} />);

    const trend = screen.getByRole('img', { name: 'Line chart: timeliness' });
    expect(trend).toHaveAttribute('viewBox', '0 0 760 320');
    expect(years.filter((year) => within(trend).queryByText(year))).toEqual(years);
    expect(within(screen.getByRole('img', { name: 'Bar chart: timeliness' })).getByText('England')).toHaveAttribute('text-anchor', 'end');
  });

  it('choose round steps for the axis that take in every value', () => {
    expect(niceTicks(0, 13.5)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0, 2798)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(-10, 40)).toEqual([-10, 0, 10, 20, 30, 40]);
    expect(niceTicks(5, 5).length).toBeGreaterThan(1);
  });
});

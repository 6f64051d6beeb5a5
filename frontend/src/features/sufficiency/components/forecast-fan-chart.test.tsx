import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ForecastFanChart, labelledPeriods, timeAxisLength, yearLabelRoom } from '@/features/sufficiency/components/forecast-fan-chart';
import { mainstream, specialSchools } from '@/features/sufficiency/sufficiency-fixtures';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the forecast fan chart', () => {
  it('describes the forecast, its interval and the capacity in one sentence', async () => {
    const { container } = renderComponent(<ForecastFanChart row={specialSchools} />);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      'Forecast of EHC plans, Special schools: 300 in 2024/25, forecast 320 in 2025/26 to 400 in 2027/28 (95% interval 340 to 470).' +
        ' Capacity 330 in 2027/28; a shortfall from 2026/27. The table below gives every figure.',
    );
    expect(container.querySelectorAll('.sendhub-fan__band95, .sendhub-fan__band80')).toHaveLength(2);
    expect(container.querySelector('.sendhub-fan__capacity')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('has no capacity line, and says so, where no capacity is recorded', () => {
    const { container } = renderComponent(<ForecastFanChart row={mainstream} />);
    expect(container.querySelector('.sendhub-fan__capacity')).toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('No capacity is recorded for it.');
    expect(screen.getByText(/no capacity is recorded for it, so there is no capacity line/i)).toBeInTheDocument();
  });

  it('labels every year while they fit, then every second or third back from the last, so no two labels touch', () => {
    expect(labelledPeriods(5)).toEqual([true, true, true, true, true]);
    for (const count of [10, 13, 20, 30]) {
      const labelled = labelledPeriods(count);
      const indices = labelled.flatMap((on, i) => (on ? [i] : []));
      const gaps = indices.slice(1).map((index, k) => index - indices[k]);
      expect(labelled[count - 1]).toBe(true);
      expect(new Set(gaps).size).toBe(1);
      expect((gaps[0] * timeAxisLength) / (count - 1)).toBeGreaterThanOrEqual(yearLabelRoom);
    }
  });
});

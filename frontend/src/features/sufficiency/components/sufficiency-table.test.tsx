import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SufficiencyTable } from '@/features/sufficiency/components/sufficiency-table';
import { mainstream, specialSchools } from '@/features/sufficiency/sufficiency-fixtures';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';
import { cellValue } from '@/test/table-cells';

function cells(table: HTMLElement, year: string): string[] {
  const row = within(table).getByRole('rowheader', { name: year }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map(cellValue);
}

describe('the sufficiency table', () => {
  it('gives each year the forecast, its intervals, the capacity and the gap in words', async () => {
    const { container } = renderComponent(<SufficiencyTable row={specialSchools} withScenario={false} />);
    const table = screen.getByRole('table', { name: 'Forecast against capacity: Special schools' });
    expect(cells(table, '2025/26')).toEqual(['320', '300 to 340', '290 to 350', '330', '10 to spare']);
    expect(cells(table, '2027/28')).toEqual(['400', '360 to 440', '340 to 470', '330', 'Short by 70']);
    await expectNoAxeViolations(container);
  });

  it('says where no capacity is recorded, and shows the scenario beside the forecast when asked', () => {
    const withScenario = {
      ...mainstream,
      years: mainstream.years.map((year) => ({ ...year, scenarioDemand: year.demand + 10, scenarioCapacity: 40, scenarioGap: year.demand + 10 - 40 })),
    };
    renderComponent(<SufficiencyTable row={withScenario} withScenario />);
    const table = screen.getByRole('table');
    expect(cells(table, '2025/26')).toEqual(['640', '300 to 340', '290 to 350', 'Not recorded', 'No capacity recorded', '650', '40', 'Short by 610']);
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table } from '@/components/govuk/table';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the table', () => {
  it('has a caption, column headers and sort buttons that say the order', async () => {
    const { container } = renderComponent(
      <Table
        caption="All services"
        head={[{ text: 'Name', sortKey: 'name' }, { text: 'Annual value', numeric: true }]}
        rows={[{ key: 'a', cells: ['Short breaks', '£450,000'] }]}
        sort={{ by: 'name', onSort: () => undefined }}
      />,
    );

    const table = screen.getByRole('table', { name: 'All services' });
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getByRole('button', { name: /Name/ })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('scrolls a wide table in a box of its own that the keyboard reaches', async () => {
    const { container } = renderComponent(
      <Table caption="Values by period" head={[{ text: 'Period' }, { text: 'Manchester', numeric: true }]} rows={[{ key: '2023', cells: ['2023', '13.5%'] }]} rowHeader scrollable />,
    );

    const region = screen.getByRole('region', { name: 'Values by period (scrolls sideways)' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Values by period' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('stacks each row on a narrow screen, each cell with its column name for the eye and its roles kept', async () => {
    const { container } = renderComponent(
      <Table
        caption="Manchester compared"
        head={[{ text: 'Indicator' }, { text: 'Manchester', numeric: true }, { text: 'England', numeric: true }]}
        rows={[{ key: 'a', cells: ['EHC plans issued within 20 weeks', '63.5%', '46.4%'] }]}
        rowHeader
        stacked
      />,
    );

    const table = screen.getByRole('table', { name: 'Manchester compared' });
    expect(table).toHaveClass('sendhub-table-stacked');
    expect(within(table).getByRole('rowheader')).toHaveTextContent(/^EHC plans issued within 20 weeks$/);
    const [value, england] = within(table).getAllByRole('cell');
    expect(value.querySelector('[aria-hidden="true"]')).toHaveTextContent('Manchester');
    expect(value).toHaveTextContent('Manchester63.5%');
    expect(england).toHaveTextContent('England46.4%');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Indicator', 'Manchester', 'England']);
    await expectNoAxeViolations(container);
  });
});

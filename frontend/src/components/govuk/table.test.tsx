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
});

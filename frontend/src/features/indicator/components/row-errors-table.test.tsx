import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RowErrorsTable } from '@/features/indicator/components/row-errors-table';
import { axeViolations } from '@/test/axe';

const rowErrors = [
  { line: 1, column: '', message: 'the header must be exactly: indicator_code,...' },
  { line: 1200, column: 'period_start', message: "'2023-13-01' is not a date as YYYY-MM-DD" },
];

describe('the table of a file’s bad rows', () => {
  it('gives each problem’s line, column (or the whole row) and what is wrong, in sentences', async () => {
    const { container } = render(<RowErrorsTable id="row-errors" rowErrors={rowErrors} errorCount={2} />);

    const table = screen.getByRole('table', { name: 'Problems in the file' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Line', 'Column', 'Problem'],
      ['1', 'Whole row', 'The header must be exactly: indicator_code,...'],
      ['1,200', 'period_start', "'2023-13-01' is not a date as YYYY-MM-DD"],
    ]);
    // Each line heads its row, so a screen reader says which line a problem is on.
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('1,200');
    expect(screen.getByRole('heading', { name: 'Problems in the file' })).toHaveAttribute('id', 'row-errors');
    expect(screen.getByText('Line 1 of the file is its header row.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when the API listed only the first of many problems', () => {
    render(<RowErrorsTable id="row-errors" rowErrors={rowErrors} errorCount={5000} />);

    expect(screen.getByText('Line 1 of the file is its header row. The first 2 of 5,000 problems are listed.')).toBeInTheDocument();
  });
});

/** A table cell's text as a user reads it: in a stacked table, its value without the column's name shown beside it on a phone. */
export function cellValue(cell: Element): string {
  return (cell.querySelector('.sendhub-table-stacked__value') ?? cell).textContent ?? '';
}

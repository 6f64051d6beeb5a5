import type { ReactNode } from 'react';

/** A column; one with `sortKey` can be sorted by (the API's sort field). */
export type TableColumn = { text: string; numeric?: boolean; sortKey?: string };
export type TableRow = { key: string; cells: ReactNode[] };

/** The order of the rows, as the API writes it: `name` ascending, `-name` descending. */
export type TableSort = { by: string; onSort: (by: string) => void };

function ariaSort(column: TableColumn, sort: TableSort | undefined): 'ascending' | 'descending' | 'none' | undefined {
  if (!sort || !column.sortKey) return undefined;
  if (sort.by === column.sortKey) return 'ascending';
  if (sort.by === `-${column.sortKey}`) return 'descending';
  return 'none';
}

export function Table({
  caption,
  captionSize = 'm',
  head,
  rows,
  captionHidden = false,
  sort,
  rowHeader = false,
  scrollable = false,
  stacked = false,
}: {
  caption: string;
  captionSize?: 's' | 'm' | 'l';
  /** When a heading just above already names the table. */
  captionHidden?: boolean;
  head: TableColumn[];
  rows: TableRow[];
  /** Makes the columns with a `sortKey` sortable: a button in the header toggles the order. */
  sort?: TableSort;
  /** The first cell of each row heads its row (as the period in a table of values by period). */
  rowHeader?: boolean;
  /**
   * For a table that may be wider than a phone (a column per place): it scrolls sideways in its own
   * box, which the keyboard can reach, and the page never does (WCAG 1.4.10).
   */
  scrollable?: boolean;
  /**
   * For a table of many columns, each row a record (an indicator and its comparisons): below the
   * width of a desktop page each row stacks into a block, each cell beside its column's name, so
   * nothing scrolls sideways (WCAG 1.4.10). The table's roles are set outright, as CSS that changes
   * `display` makes some browsers forget them.
   */
  stacked?: boolean;
}) {
  const cellClass = (column: TableColumn | undefined, base: string) =>
    column?.numeric ? `${base} ${base}--numeric` : base;
  const role = (name: string) => (stacked ? name : undefined);
  const table = (
    <table className={stacked ? 'govuk-table sendhub-table-stacked' : 'govuk-table'} role={role('table')}>
      <caption className={captionHidden ? 'govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead className="govuk-table__head" role={role('rowgroup')}>
        <tr className="govuk-table__row" role={role('row')}>
          {head.map((column) => {
            const order = ariaSort(column, sort);
            return (
              <th key={column.text} scope="col" className={cellClass(column, 'govuk-table__header')} aria-sort={order} role={role('columnheader')}>
                {sort && column.sortKey ? (
                  <button
                    type="button"
                    className="sendhub-sort-button"
                    onClick={() => sort.onSort(order === 'ascending' ? `-${column.sortKey}` : (column.sortKey as string))}
                  >
                    {column.text}
                    <span className="sendhub-sort-button__arrow" aria-hidden="true">
                      {order === 'ascending' ? '▲' : order === 'descending' ? '▼' : '⇅'}
                    </span>
                  </button>
                ) : (
                  column.text
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="govuk-table__body" role={role('rowgroup')}>
        {rows.map((row) => (
          <tr key={row.key} className="govuk-table__row" role={role('row')}>
            {row.cells.map((cell, index) =>
              rowHeader && index === 0 ? (
                <th key={index} scope="row" className={cellClass(head[index], 'govuk-table__header')} role={role('rowheader')}>
                  {cell}
                </th>
              ) : (
                <td key={index} className={cellClass(head[index], 'govuk-table__cell')} role={role('cell')}>
                  {stacked && (
                    // Screen readers have the column header; this is for the eye, when the header row is out of sight.
                    <span className="sendhub-table-stacked__label" aria-hidden="true">
                      {head[index]?.text}
                    </span>
                  )}
                  {stacked ? <span className="sendhub-table-stacked__value">{cell}</span> : cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scrollable ? (
    <div className="sendhub-table-scroll" role="region" aria-label={`${caption} (scrolls sideways)`} tabIndex={0}>
      {table}
    </div>
  ) : (
    table
  );
}

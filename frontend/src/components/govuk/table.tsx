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
}) {
  const cellClass = (column: TableColumn | undefined, base: string) =>
    column?.numeric ? `${base} ${base}--numeric` : base;
  const table = (
    <table className="govuk-table">
      <caption className={captionHidden ? 'govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((column) => {
            const order = ariaSort(column, sort);
            return (
              <th key={column.text} scope="col" className={cellClass(column, 'govuk-table__header')} aria-sort={order}>
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
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.key} className="govuk-table__row">
            {row.cells.map((cell, index) =>
              rowHeader && index === 0 ? (
                <th key={index} scope="row" className={cellClass(head[index], 'govuk-table__header')}>
                  {cell}
                </th>
              ) : (
                <td key={index} className={cellClass(head[index], 'govuk-table__cell')}>
                  {cell}
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

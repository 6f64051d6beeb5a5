import type { ReactNode } from 'react';

export type TableColumn = { text: string; numeric?: boolean };
export type TableRow = { key: string; cells: ReactNode[] };

export function Table({
  caption,
  captionSize = 'm',
  head,
  rows,
  captionHidden = false,
}: {
  caption: string;
  captionSize?: 's' | 'm' | 'l';
  /** When a heading just above already names the table. */
  captionHidden?: boolean;
  head: TableColumn[];
  rows: TableRow[];
}) {
  const cellClass = (column: TableColumn | undefined, base: string) =>
    column?.numeric ? `${base} ${base}--numeric` : base;
  return (
    <table className="govuk-table">
      <caption className={captionHidden ? 'govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((column) => (
            <th key={column.text} scope="col" className={cellClass(column, 'govuk-table__header')}>
              {column.text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.key} className="govuk-table__row">
            {row.cells.map((cell, index) => (
              <td key={index} className={cellClass(head[index], 'govuk-table__cell')}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

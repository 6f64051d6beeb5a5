import type { ReactNode } from 'react';

export type SummaryListRow = { key: string; value: ReactNode };

export function SummaryList({ rows }: { rows: SummaryListRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div key={row.key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

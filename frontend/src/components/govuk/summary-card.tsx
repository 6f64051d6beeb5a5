import type { ReactNode } from 'react';
import { SummaryList, type SummaryListRow } from '@/components/govuk/summary-list';

export function SummaryCard({
  title,
  headingLevel = 2,
  actions,
  rows,
}: {
  title: ReactNode;
  headingLevel?: 2 | 3;
  /** Links or tags shown next to the title. */
  actions?: ReactNode;
  rows: SummaryListRow[];
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions && <div className="govuk-summary-card__actions sendhub-summary-card__actions">{actions}</div>}
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList rows={rows} />
      </div>
    </div>
  );
}

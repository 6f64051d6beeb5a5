import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { Table, type TableSort } from '@/components/govuk/table';
import { IndicatorCodes } from '@/features/outcome/components/indicator-codes';
import type { Outcome } from '@/features/outcome/types';
import { outcomePath } from '@/lib/paths';

export function OutcomeTable({
  areaCode,
  outcomes,
  strategies,
  sort,
}: {
  areaCode: string;
  outcomes: Outcome[];
  strategies: { id: string; title: string }[];
  sort: TableSort;
}) {
  return (
    <Table
      caption="Outcomes"
      captionHidden
      // Sortable, so its header row stays: on a narrow screen the table scrolls in its own box.
      scrollable
      sort={sort}
      head={[{ text: 'Outcome', sortKey: 'statement' }, { text: 'Strategy' }, { text: 'Indicators' }]}
      rows={outcomes.map((outcome) => ({
        key: outcome.id,
        cells: [
          <>
            <Link className="govuk-link" to={outcomePath(areaCode, outcome.id)}>
              {outcome.statement}
            </Link>
            {outcome.archived && (
              <>
                {' '}
                <ArchivedTag />
              </>
            )}
          </>,
          strategies.find((strategy) => strategy.id === outcome.strategyId)?.title ?? '',
          <IndicatorCodes areaCode={areaCode} codes={outcome.indicatorCodes} none="" />,
        ],
      }))}
    />
  );
}

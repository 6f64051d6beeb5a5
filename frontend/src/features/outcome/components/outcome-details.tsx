import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { SummaryList } from '@/components/govuk/summary-list';
import { LinkedRecords } from '@/components/linked-records';
import { RecordHeader, type RecordDetailsProps } from '@/components/record-header';
import { useArchiveOutcome } from '@/features/outcome/api/archive-outcome';
import { useRestoreOutcome } from '@/features/outcome/api/restore-outcome';
import { IndicatorCodes } from '@/features/outcome/components/indicator-codes';
import type { VersionedOutcome } from '@/features/outcome/types';
import { editPath, outcomePath, priorityPath, servicePath } from '@/lib/paths';
import { useAreaRecordActions } from '@/lib/use-archive-restore';

function NotGiven() {
  return <span className="govuk-hint govuk-!-margin-0">Not given</span>;
}

export function OutcomeDetails({
  areaCode,
  versioned,
  strategy,
  canEdit,
  initialMessage,
}: RecordDetailsProps<VersionedOutcome> & { strategy?: { title: string; href: string } }) {
  const { record: outcome } = versioned;
  const actions = useAreaRecordActions({
    noun: 'outcome',
    type: 'outcomes',
    areaCode,
    versioned,
    archive: useArchiveOutcome(areaCode),
    restore: useRestoreOutcome(areaCode),
    initialMessage,
  });

  return (
    <>
      <RecordHeader
        caption="Outcome"
        title={outcome.statement}
        tags={
          outcome.archived && (
            <p className="govuk-body">
              <ArchivedTag />
            </p>
          )
        }
        noun="outcome"
        archived={outcome.archived}
        editHref={editPath(outcomePath(areaCode, outcome.id))}
        canEdit={canEdit}
        actions={actions}
      />
      <SummaryList
        rows={[
          { key: 'Statement', value: outcome.statement },
          {
            key: 'Strategy',
            value: strategy ? (
              <Link className="govuk-link" to={strategy.href}>
                {strategy.title}
              </Link>
            ) : (
              <NotGiven />
            ),
          },
          {
            key: 'Description',
            value: outcome.description ? <span className="sendhub-pre-line">{outcome.description}</span> : <NotGiven />,
          },
          {
            key: 'Indicators',
            value: <IndicatorCodes areaCode={areaCode} codes={outcome.indicatorCodes} none="None" />,
          },
        ]}
      />
      <LinkedRecords
        heading="Priorities that work towards it"
        records={outcome.linked?.priorities}
        hrefFor={(id) => priorityPath(areaCode, id)}
        none="No priority works towards this outcome yet."
      />
      <LinkedRecords
        heading="Services that work towards it"
        records={outcome.linked?.services}
        hrefFor={(id) => servicePath(areaCode, id)}
        none="No service works towards this outcome yet."
      />
    </>
  );
}

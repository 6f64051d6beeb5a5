import { ArchivedTag } from '@/components/archived-tag';
import { SummaryList } from '@/components/govuk/summary-list';
import { LinkedRecords } from '@/components/linked-records';
import { RecordHeader, type RecordDetailsProps } from '@/components/record-header';
import { useArchiveCoproduction } from '@/features/coproduction/api/archive-coproduction';
import { useRestoreCoproduction } from '@/features/coproduction/api/restore-coproduction';
import { CoproductionStatusTag, LoopOpenTag } from '@/features/coproduction/components/coproduction-tags';
import { Participants } from '@/features/coproduction/components/participants';
import type { VersionedCoproduction } from '@/features/coproduction/types';
import { coproductionKinds, lundyPrinciples } from '@/lib/coproduction-labels';
import { formatDate } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { coproductionPath, editPath, priorityPath, servicePath } from '@/lib/paths';
import { useAreaRecordActions } from '@/lib/use-archive-restore';

function NotGiven({ text = 'Not given' }: { text?: string }) {
  return <span className="govuk-hint govuk-!-margin-0">{text}</span>;
}

export function CoproductionDetails({ areaCode, versioned, canEdit, initialMessage }: RecordDetailsProps<VersionedCoproduction>) {
  const { record } = versioned;
  const actions = useAreaRecordActions({
    noun: 'co-production record',
    type: 'coproduction',
    areaCode,
    versioned,
    archive: useArchiveCoproduction(areaCode),
    restore: useRestoreCoproduction(areaCode),
    initialMessage,
  });

  return (
    <>
      <RecordHeader
        caption={<>Co-production: {labelOf(coproductionKinds, record.kind).toLowerCase()}</>}
        title={record.title}
        tags={
          <p className="govuk-body sendhub-tags">
            <CoproductionStatusTag status={record.status} />
            {!record.feedbackGivenOn && <LoopOpenTag />}
            {record.archived && <ArchivedTag />}
          </p>
        }
        noun="co-production record"
        archived={record.archived}
        editHref={editPath(coproductionPath(areaCode, record.id))}
        canEdit={canEdit}
        actions={actions}
      />
      <SummaryList
        rows={[
          { key: 'Kind', value: labelOf(coproductionKinds, record.kind) },
          { key: 'Held on', value: record.heldOn ? formatDate(record.heldOn) : <NotGiven /> },
          { key: 'Who took part', value: <Participants participants={record.participants} /> },
          {
            key: 'Partners',
            value:
              record.partners.length === 0 ? (
                <NotGiven />
              ) : (
                <ul className="govuk-list">
                  {record.partners.map((partner) => (
                    <li key={partner}>{partner}</li>
                  ))}
                </ul>
              ),
          },
          {
            key: 'Lundy principles',
            value:
              record.principles.length === 0 ? (
                <NotGiven text="None recorded" />
              ) : (
                <ul className="govuk-list">
                  {record.principles.map((principle) => (
                    <li key={principle}>{labelOf(lundyPrinciples, principle)}</li>
                  ))}
                </ul>
              ),
          },
          { key: 'You said', value: record.youSaid ? <span className="sendhub-pre-line">{record.youSaid}</span> : <NotGiven text="Not recorded yet" /> },
          { key: 'We did', value: record.weDid ? <span className="sendhub-pre-line">{record.weDid}</span> : <NotGiven text="Not recorded yet" /> },
          { key: 'Feedback given', value: record.feedbackGivenOn ? formatDate(record.feedbackGivenOn) : <LoopOpenTag /> },
          { key: 'Status', value: <CoproductionStatusTag status={record.status} /> },
        ]}
      />
      <LinkedRecords
        heading="Priorities it shaped"
        records={record.linked?.priorities}
        hrefFor={(id) => priorityPath(areaCode, id)}
        none="It is not linked to any priority yet."
      />
      <LinkedRecords
        heading="Services it shaped"
        records={record.linked?.services}
        hrefFor={(id) => servicePath(areaCode, id)}
        none="It is not linked to any service yet."
      />
    </>
  );
}

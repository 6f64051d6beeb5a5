import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { SummaryList } from '@/components/govuk/summary-list';
import { Table } from '@/components/govuk/table';
import { LinkedRecords } from '@/components/linked-records';
import { RecordHeader, type RecordDetailsProps } from '@/components/record-header';
import { useArchivePriority } from '@/features/priority/api/archive-priority';
import { useRestorePriority } from '@/features/priority/api/restore-priority';
import { PriorityMeasures } from '@/features/priority/components/priority-measures';
import { actionStatusLabel, RagTag } from '@/components/rag-tag';
import type { VersionedPriority } from '@/features/priority/types';
import { formatDate } from '@/lib/format';
import { coproductionPath, editPath, linkPath, outcomePath, priorityPath, servicePath } from '@/lib/paths';
import { useAreaRecordActions } from '@/lib/use-archive-restore';

function textOrNotGiven(value: string | null | undefined) {
  return value && value.trim() !== '' ? <span className="sendhub-pre-line">{value}</span> : <span className="govuk-hint govuk-!-margin-0">Not given</span>;
}

export function PriorityDetails({
  areaCode,
  versioned,
  strategy,
  canEdit,
  initialMessage,
}: RecordDetailsProps<VersionedPriority> & { strategy?: { title: string; href: string } }) {
  const { record: priority } = versioned;
  const actions = useAreaRecordActions({
    noun: 'priority',
    type: 'priorities',
    areaCode,
    versioned,
    archive: useArchivePriority(areaCode),
    restore: useRestorePriority(areaCode),
    initialMessage,
  });

  // An archived record's links stay as they are until it is restored, as its fields do.
  const mayLink = canEdit && !priority.archived;

  return (
    <>
      <RecordHeader
        caption={<>Priority {priority.number}</>}
        title={priority.title}
        tags={
          <p className="govuk-body">
            <RagTag status={priority.status} /> {priority.archived && <ArchivedTag />}
          </p>
        }
        noun="priority"
        archived={priority.archived}
        editHref={editPath(priorityPath(areaCode, priority.id))}
        canEdit={canEdit}
        actions={actions}
      />

      <SummaryList
        rows={[
          { key: 'Number', value: String(priority.number) },
          { key: 'Title', value: priority.title },
          {
            key: 'Status',
            value: (
              <>
                <RagTag status={priority.status} /> {priority.archived && <ArchivedTag />}
              </>
            ),
          },
          { key: 'Lead', value: textOrNotGiven(priority.lead) },
          {
            key: 'Strategy',
            value: strategy ? (
              <Link className="govuk-link" to={strategy.href}>
                {strategy.title}
              </Link>
            ) : (
              textOrNotGiven(undefined)
            ),
          },
          { key: 'Description', value: textOrNotGiven(priority.description) },
          { key: 'Why this is a priority', value: textOrNotGiven(priority.rationale) },
        ]}
      />

      <h2 className="govuk-heading-m">Actions</h2>
      {priority.actions.length === 0 ? (
        <p className="govuk-body">No actions recorded. Editors can add them by editing the priority.</p>
      ) : (
        <Table
          caption="Actions"
          captionHidden
          stacked
          head={[{ text: 'Description' }, { text: 'Owner' }, { text: 'Due date' }, { text: 'Status' }]}
          rows={priority.actions.map((action, index) => ({
            key: String(index),
            cells: [action.description, action.owner ?? '', formatDate(action.dueDate), actionStatusLabel(action.status)],
          }))}
        />
      )}

      <PriorityMeasures areaCode={areaCode} priority={priority} />

      <LinkedRecords
        heading="Outcomes it works towards"
        records={priority.linked?.outcomes}
        hrefFor={(id) => outcomePath(areaCode, id)}
      />
      <LinkedRecords
        heading="Services that deliver it"
        records={priority.linked?.services}
        hrefFor={(id) => servicePath(areaCode, id)}
        none="No service delivers this priority yet."
        change={mayLink ? { text: 'Link services', href: linkPath(priorityPath(areaCode, priority.id), 'services') } : undefined}
      />
      <LinkedRecords
        heading="Co-production that shaped it"
        records={priority.linked?.coproduction}
        hrefFor={(id) => coproductionPath(areaCode, id)}
        none="No co-production is linked to this priority yet."
        change={mayLink ? { text: 'Link co-production', href: linkPath(priorityPath(areaCode, priority.id), 'coproduction') } : undefined}
      />
    </>
  );
}

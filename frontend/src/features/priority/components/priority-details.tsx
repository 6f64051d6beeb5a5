import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, ButtonGroup, LinkButton } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryList } from '@/components/govuk/summary-list';
import { Table } from '@/components/govuk/table';
import { useArchivePriority } from '@/features/priority/api/archive-priority';
import { priorityQueryKey } from '@/features/priority/api/get-priority';
import { useRestorePriority } from '@/features/priority/api/restore-priority';
import { actionStatusLabel, ArchivedTag, RagTag } from '@/features/priority/components/rag-tag';
import type { LinkRef, VersionedPriority } from '@/features/priority/types';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';

function textOrNotGiven(value: string | null | undefined) {
  return value && value.trim() !== '' ? <span className="sendhub-pre-line">{value}</span> : <span className="govuk-hint govuk-!-margin-0">Not given</span>;
}

function failureMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 412) {
    return 'Someone else has changed this priority since you opened it. Check the details below, which are now up to date, and try again.';
  }
  if (error instanceof ApiError) return error.detail ?? error.title;
  return 'The service could not be reached. Check your connection and try again.';
}

function LinkedRecords({ heading, records }: { heading: string; records: LinkRef[] | undefined }) {
  if (!records || records.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">{heading}</h2>
      <ul className="govuk-list govuk-list--bullet">
        {records.map((record) => (
          <li key={record.id}>
            {record.label} {record.archived && <ArchivedTag />}
          </li>
        ))}
      </ul>
    </>
  );
}

export function PriorityDetails({
  areaCode,
  versioned,
  strategy,
  canEdit,
  initialMessage,
}: {
  areaCode: string;
  versioned: VersionedPriority;
  strategy?: { title: string; href: string };
  canEdit: boolean;
  initialMessage?: string;
}) {
  const { priority, etag } = versioned;
  const queryClient = useQueryClient();
  const archive = useArchivePriority(areaCode);
  const restore = useRestorePriority(areaCode);
  const [message, setMessage] = useState(initialMessage);
  const [failure, setFailure] = useState<{ text: string; attempt: number }>();

  const onFailure = (error: unknown) => {
    setMessage(undefined);
    setFailure((previous) => ({ text: failureMessage(error), attempt: (previous?.attempt ?? 0) + 1 }));
    if (error instanceof ApiError && error.status === 412) {
      void queryClient.invalidateQueries({ queryKey: priorityQueryKey(areaCode, priority.id) });
    }
  };
  const onArchive = () => {
    if (archive.isPending) return;
    archive.mutate(
      { id: priority.id, etag },
      { onSuccess: () => { setFailure(undefined); setMessage('Priority archived'); }, onError: onFailure },
    );
  };
  const onRestore = () => {
    if (restore.isPending) return;
    restore.mutate(priority.id, {
      onSuccess: () => { setFailure(undefined); setMessage('Priority restored'); },
      onError: onFailure,
    });
  };

  return (
    <>
      {failure && (
        <ErrorSummary title="There is a problem" focusKey={failure.attempt}>
          <p className="govuk-body">{failure.text}</p>
        </ErrorSummary>
      )}
      {message && <NotificationBanner type="success" heading={message} />}

      <span className="govuk-caption-l">Priority {priority.number}</span>
      <h1 className="govuk-heading-l">{priority.title}</h1>
      <p className="govuk-body">
        <RagTag status={priority.status} /> {priority.archived && <ArchivedTag />}
      </p>

      {canEdit && (
        <ButtonGroup>
          {priority.archived ? (
            <Button variant="secondary" onClick={onRestore}>
              Restore{' '}<span className="govuk-visually-hidden">priority</span>
            </Button>
          ) : (
            <>
              <LinkButton variant="secondary" to={`/areas/${areaCode}/priorities/${priority.id}/edit`}>
                Edit{' '}<span className="govuk-visually-hidden">priority</span>
              </LinkButton>
              <Button variant="warning" onClick={onArchive}>
                Archive{' '}<span className="govuk-visually-hidden">priority</span>
              </Button>
            </>
          )}
        </ButtonGroup>
      )}

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
        <p className="govuk-body">No actions recorded.</p>
      ) : (
        <Table
          caption="Actions"
          captionHidden
          head={[{ text: 'Description' }, { text: 'Owner' }, { text: 'Due date' }, { text: 'Status' }]}
          rows={priority.actions.map((action, index) => ({
            key: String(index),
            cells: [action.description, action.owner ?? '', formatDate(action.dueDate), actionStatusLabel(action.status)],
          }))}
        />
      )}

      <h2 className="govuk-heading-m">How we will know</h2>
      {priority.measures.length === 0 ? (
        <p className="govuk-body">No measures recorded.</p>
      ) : (
        <Table
          caption="How we will know"
          captionHidden
          head={[{ text: 'Indicator code' }, { text: 'Description' }, { text: 'Target' }, { text: 'Target date' }]}
          rows={priority.measures.map((measure, index) => ({
            key: String(index),
            cells: [
              measure.indicatorCode ? <code className="sendhub-code">{measure.indicatorCode}</code> : '',
              measure.description,
              measure.target ?? '',
              formatDate(measure.targetDate),
            ],
          }))}
        />
      )}

      <LinkedRecords heading="Outcomes it works towards" records={priority.linked?.outcomes} />
      <LinkedRecords heading="Services that deliver it" records={priority.linked?.services} />
      <LinkedRecords heading="Co-production that shaped it" records={priority.linked?.coproduction} />
    </>
  );
}

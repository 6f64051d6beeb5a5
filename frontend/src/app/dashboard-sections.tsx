import { Link } from 'react-router-dom';
import { Table } from '@/components/govuk/table';
import { Tag } from '@/components/govuk/tag';
import { coproductionKinds } from '@/features/coproduction/utils/labels';
import { KeyIndicatorsTable } from '@/features/insight/components/key-indicators-table';
import { OverdueActionsTable } from '@/features/insight/components/overdue-actions-table';
import { ServiceDatesTable } from '@/features/insight/components/service-dates-table';
import type { Dashboard } from '@/features/insight/types';
import { actionStatusLabel, RagTag, ragStatuses } from '@/features/priority/components/rag-tag';
import type { ActionStatus, RagStatus } from '@/features/priority/types';
import { commissioningStages } from '@/features/service/utils/labels';
import { countOf, formatDate, formatMoney } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { priorityPath } from '@/lib/paths';

type Level = 2 | 3;

function Heading({ level, children }: { level: Level; children: string }) {
  const Element = `h${level}` as const;
  return <Element className={level === 2 ? 'govuk-heading-m' : 'govuk-heading-s'}>{children}</Element>;
}

function isRagStatus(status: string | null): status is RagStatus {
  return ragStatuses.some((entry) => entry.value === status);
}

function StatusTag({ status }: { status: string }) {
  return isRagStatus(status) ? <RagTag status={status} /> : <Tag>{status}</Tag>;
}

/** The figures a board looks at first, each told in full in its section below. */
function Headlines({ dashboard }: { dashboard: Dashboard }) {
  const figures = [
    { figure: dashboard.overdueActions.length.toLocaleString('en-GB'), label: 'overdue actions' },
    { figure: dashboard.contractsEnding.length.toLocaleString('en-GB'), label: `contracts ending in 6 months (${formatMoney(dashboard.contractsEndingValue)})` },
    { figure: dashboard.reviewsDue.length.toLocaleString('en-GB'), label: 'reviews due in 6 months' },
    {
      figure: dashboard.coproductionClosedShare === null ? '–' : `${Math.round(dashboard.coproductionClosedShare)}%`,
      label: 'of co-production loops closed',
    },
  ];
  return (
    <ul className="sendhub-counts">
      {figures.map(({ figure, label }) => (
        <li key={label}>
          <span className="sendhub-counts__figure">{figure}</span> <span className="govuk-body govuk-!-margin-0">{label}</span>
        </li>
      ))}
    </ul>
  );
}

function totalValue(services: Dashboard['contractsEnding']): number {
  return services.reduce((sum, service) => sum + (service.annualValue ?? 0), 0);
}

/**
 * The area dashboard: priorities by RAG now and on the `since` day, what changed, overdue actions,
 * contracts and reviews coming up, services by stage, co-production and the key indicators. Shared
 * by the dashboard page (sections as h2) and the board report (h3, under its own h2).
 */
export function DashboardSections({ areaCode, dashboard, level = 2 }: { areaCode: string; dashboard: Dashboard; level?: Level }) {
  const since = formatDate(dashboard.since);
  const asOf = formatDate(dashboard.asOf);
  const contractsValue = dashboard.contractsEndingValue;
  const reviewsValue = totalValue(dashboard.reviewsDue);
  return (
    <>
      <Headlines dashboard={dashboard} />

      <div className="sendhub-report-block">
        <Heading level={level}>Priorities by status</Heading>
        <Table
          caption={`Priorities by status on ${asOf} and on ${since}`}
          captionHidden
          rowHeader
          head={[{ text: 'Status' }, { text: `Now (${asOf})`, numeric: true }, { text: `Then (${since})`, numeric: true }]}
          rows={dashboard.priorityStatus.map((row) => ({
            key: row.status,
            cells: [<RagTag status={row.status} />, row.now, row.then],
          }))}
        />
      </div>

      <div className="sendhub-report-block">
        <Heading level={level}>{`Changes since ${since}`}</Heading>
        {dashboard.statusChanges.length === 0 ? (
          <p className="govuk-body">No priority has changed status since {since}.</p>
        ) : (
          <ul className="govuk-list govuk-list--spaced">
            {dashboard.statusChanges.map((change) => (
              <li key={change.priorityId}>
                <Link className="govuk-link" to={priorityPath(areaCode, change.priorityId)}>
                  {change.title}
                </Link>
                <br />
                {change.from === null ? (
                  <>
                    New since {since}, now <StatusTag status={change.to} />
                  </>
                ) : (
                  <>
                    <span className="govuk-visually-hidden">from </span>
                    <StatusTag status={change.from} /> <span aria-hidden="true">→</span>
                    <span className="govuk-visually-hidden"> to</span> <StatusTag status={change.to} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="sendhub-report-block">
        <Heading level={level}>Overdue actions</Heading>
        {dashboard.overdueActions.length === 0 ? (
          <p className="govuk-body">No overdue actions.</p>
        ) : (
          <>
            <p className="govuk-body">Actions not done whose due date is before {asOf}.</p>
            <OverdueActionsTable
              areaCode={areaCode}
              actions={dashboard.overdueActions}
              caption="Overdue actions"
              statusLabel={(status) => actionStatusLabel((status ?? undefined) as ActionStatus | undefined)}
            />
          </>
        )}
      </div>

      <div className="sendhub-report-block">
        <Heading level={level}>Contracts ending in the next 6 months</Heading>
        {dashboard.contractsEnding.length === 0 ? (
          <p className="govuk-body">No active contract ends in the next 6 months.</p>
        ) : (
          <>
            <p className="govuk-body">
              {countOf(dashboard.contractsEnding.length, 'contract')}, total annual value {formatMoney(contractsValue)}.
            </p>
            <ServiceDatesTable
              areaCode={areaCode}
              services={dashboard.contractsEnding}
              caption="Contracts ending in the next 6 months"
              dateColumn="Contract ends"
            />
          </>
        )}
      </div>

      <div className="sendhub-report-block">
        <Heading level={level}>Reviews due in the next 6 months</Heading>
        {dashboard.reviewsDue.length === 0 ? (
          <p className="govuk-body">No review is due in the next 6 months.</p>
        ) : (
          <>
            <p className="govuk-body">
              {countOf(dashboard.reviewsDue.length, 'review')}, total annual value {formatMoney(reviewsValue)}.
            </p>
            <ServiceDatesTable areaCode={areaCode} services={dashboard.reviewsDue} caption="Reviews due in the next 6 months" dateColumn="Review due" />
          </>
        )}
      </div>

      <div className="sendhub-report-block">
        <Heading level={level}>Services by commissioning stage</Heading>
        <Table
          caption="Services by commissioning stage"
          captionHidden
          rowHeader
          head={[{ text: 'Stage' }, { text: 'Services', numeric: true }]}
          rows={dashboard.servicesByStage.map((row) => ({
            key: row.stage,
            cells: [labelOf(commissioningStages, row.stage), row.services],
          }))}
        />
      </div>

      <div className="sendhub-report-block">
        <Heading level={level}>Co-production in the last 12 months</Heading>
        {dashboard.coproductionByKind.length === 0 ? (
          <p className="govuk-body">No co-production was held in the last 12 months.</p>
        ) : (
          <>
            <p className="govuk-body">
              {dashboard.coproductionClosedShare === null
                ? 'No loop is closed yet.'
                : `${dashboard.coproductionClosedShare}% of the records have their loop closed (feedback given).`}{' '}
              {dashboard.medianDaysToClose === null
                ? ''
                : `Median time from the event to feedback: ${countOf(dashboard.medianDaysToClose, 'day')}.`}
            </p>
            <Table
              caption="Co-production in the last 12 months by kind"
              captionHidden
              rowHeader
              head={[{ text: 'Kind' }, { text: 'Records', numeric: true }, { text: 'Loop closed', numeric: true }]}
              rows={dashboard.coproductionByKind.map((row) => ({
                key: row.kind,
                cells: [labelOf(coproductionKinds, row.kind), row.records, row.loopClosed],
              }))}
            />
          </>
        )}
      </div>

      <div className="sendhub-report-block">
        <Heading level={level}>Key indicators</Heading>
        {dashboard.keyIndicators.length === 0 ? (
          <p className="govuk-body">No priority measures itself by an indicator yet.</p>
        ) : (
          <KeyIndicatorsTable indicators={dashboard.keyIndicators} caption="Key indicators" />
        )}
      </div>
    </>
  );
}

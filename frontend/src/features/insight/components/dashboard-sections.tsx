import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Figures } from '@/components/figures';
import { Table } from '@/components/govuk/table';
import { Tag } from '@/components/govuk/tag';
import { actionStatusLabel, isRagStatus, RagTag, type ActionStatus } from '@/components/rag-tag';
import { KeyIndicatorsTable } from '@/features/insight/components/key-indicators-table';
import { ActionsDueTable } from '@/features/insight/components/actions-due-table';
import { ServiceDatesTable } from '@/features/insight/components/service-dates-table';
import type { Dashboard } from '@/features/insight/types';
import { coproductionKinds } from '@/lib/coproduction-labels';
import { countOf, formatDate, formatMoney } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { priorityPath } from '@/lib/paths';
import { commissioningStages } from '@/lib/service-labels';

type Level = 2 | 3;

function Heading({ level, children }: { level: Level; children: string }) {
  const Element = `h${level}` as const;
  return <Element className={level === 2 ? 'govuk-heading-m' : 'govuk-heading-s'}>{children}</Element>;
}

function StatusTag({ status }: { status: string }) {
  return isRagStatus(status) ? <RagTag status={status} /> : <Tag>{status}</Tag>;
}

function overdueCount(items: { overdue: boolean }[]): string {
  return items.filter((item) => item.overdue).length.toLocaleString('en-GB');
}

/** The figures a board looks at first, each told in full in its section below. */
function Headlines({ dashboard }: { dashboard: Dashboard }) {
  const figures = [
    { figure: dashboard.actionsDue.length.toLocaleString('en-GB'), label: `actions due in 6 months (${overdueCount(dashboard.actionsDue)} overdue)` },
    {
      figure: dashboard.contractsEnding.length.toLocaleString('en-GB'),
      label: `contracts ending in 6 months (${overdueCount(dashboard.contractsEnding)} ended, ${formatMoney(dashboard.contractsEndingValue)})`,
    },
    { figure: dashboard.reviewsDue.length.toLocaleString('en-GB'), label: `reviews due in 6 months (${overdueCount(dashboard.reviewsDue)} overdue)` },
    {
      figure: dashboard.coproductionClosedShare === null ? 'None' : `${Math.round(dashboard.coproductionClosedShare)}%`,
      label:
        dashboard.coproductionClosedShare === null
          ? 'co-production held in the last 12 months, so no loop to close'
          : 'of co-production loops closed (feedback given)',
    },
  ];
  return <Figures figures={figures} />;
}

/** The last day counted as due: six months after the day (the API's one definition of due). */
function dueBy(asOf: string): string {
  const day = new Date(`${asOf}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + 6);
  return day.toISOString().slice(0, 10);
}

/** When the records' history begins, when the comparison day is before it: "then" counts only what was entered as it was. */
function HistoryBegins({ dashboard }: { dashboard: Dashboard }) {
  if (!dashboard.historyBegins || dashboard.historyBegins <= dashboard.since) return null;
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        History begins on {formatDate(dashboard.historyBegins)}, when these records were first entered. For {formatDate(dashboard.since)}, records entered
        as they already were (the demo data, an import, a first entry marked as the starting point) count with the status they were entered with; others
        count as new.
      </p>
    </div>
  );
}

/** A section of the dashboard; when it has nothing to show, it says so in `none`. */
function Section({ level, heading, none, children }: { level: Level; heading: string; none?: string | false; children?: ReactNode }) {
  return (
    <div className="sendhub-report-block">
      <Heading level={level}>{heading}</Heading>
      {none ? <p className="govuk-body">{none}</p> : children}
    </div>
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

      <Section level={level} heading="Priorities by status">
        <Table
          caption={`Priorities by status on ${asOf} and on ${since}`}
          captionHidden
          stacked
          rowHeader
          head={[{ text: 'Status' }, { text: `Now (${asOf})`, numeric: true }, { text: `Then (${since})`, numeric: true }]}
          rows={dashboard.priorityStatus.map((row) => ({
            key: row.status,
            cells: [<RagTag status={row.status} />, row.now, row.then],
          }))}
        />
      </Section>

      <HistoryBegins dashboard={dashboard} />

      <Section level={level} heading={`Changes since ${since}`} none={dashboard.statusChanges.length === 0 && `No priority has changed status since ${since}.`}>
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
      </Section>

      <Section
        level={level}
        heading="Actions due in the next 6 months"
        none={dashboard.actionsDue.length === 0 && 'No action that is not done is due in the next 6 months or overdue.'}
      >
        <p className="govuk-body">
          {countOf(dashboard.actionsDue.length, 'action')} not done, due by {formatDate(dueBy(dashboard.asOf))}:{' '}
          {overdueCount(dashboard.actionsDue)} overdue (due before {asOf}), listed first.
        </p>
        <ActionsDueTable
          areaCode={areaCode}
          actions={dashboard.actionsDue}
          caption="Actions due in the next 6 months"
          statusLabel={(status) => actionStatusLabel((status ?? undefined) as ActionStatus | undefined)}
        />
      </Section>

      <Section
        level={level}
        heading="Contracts ending in the next 6 months"
        none={dashboard.contractsEnding.length === 0 && 'No active contract ends in the next 6 months.'}
      >
        <p className="govuk-body">
          {countOf(dashboard.contractsEnding.length, 'contract')}, total annual value {formatMoney(contractsValue)}.
        </p>
        <ServiceDatesTable
          areaCode={areaCode}
          services={dashboard.contractsEnding}
          caption="Contracts ending in the next 6 months"
          dateColumn="Contract ends"
          pastLabel="Ended"
        />
      </Section>

      <Section level={level} heading="Reviews due in the next 6 months" none={dashboard.reviewsDue.length === 0 && 'No review is due in the next 6 months or overdue.'}>
        <p className="govuk-body">
          {countOf(dashboard.reviewsDue.length, 'review')}, total annual value {formatMoney(reviewsValue)}.
        </p>
        <ServiceDatesTable
          areaCode={areaCode}
          services={dashboard.reviewsDue}
          caption="Reviews due in the next 6 months"
          dateColumn="Review due"
          pastLabel="Overdue"
        />
      </Section>

      <Section level={level} heading="Services by commissioning stage">
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
      </Section>

      <Section
        level={level}
        heading="Co-production in the last 12 months"
        none={
          dashboard.coproductionByKind.length === 0 &&
          'No co-production was held in the last 12 months, so there is no loop to close. Record workshops, surveys and forums on the co-production log; a loop is closed when you record the date feedback was given.'
        }
      >
        <p className="govuk-body">
          {dashboard.coproductionClosedShare === null
            ? 'No loop is closed yet: a loop is closed when the date feedback was given is recorded.'
            : `${dashboard.coproductionClosedShare}% of the records have their loop closed (feedback given).`}{' '}
          {dashboard.medianDaysToClose === null ? '' : `Median time from the event to feedback: ${countOf(dashboard.medianDaysToClose, 'day')}.`}
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
      </Section>

      <Section
        level={level}
        heading="Key indicators"
        none={
          dashboard.keyIndicators.length === 0 &&
          'No priority measures itself by an indicator yet. Edit a priority and, under “How we will know”, choose the indicator that shows whether it is working and a target.'
        }
      >
        <KeyIndicatorsTable areaCode={areaCode} indicators={dashboard.keyIndicators} caption="Key indicators" />
      </Section>
      {dashboard.keyIndicators.length > 0 && dashboard.prioritiesWithoutMeasure.length > 0 && (
        <p className="govuk-body">
          {countOf(dashboard.prioritiesWithoutMeasure.length, 'priority', 'priorities')} without a measure:{' '}
          {dashboard.prioritiesWithoutMeasure.map((priority, index) => (
            <span key={priority.id}>
              {index > 0 && ', '}
              <Link className="govuk-link" to={priorityPath(areaCode, priority.id)}>
                {priority.label}
              </Link>
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}

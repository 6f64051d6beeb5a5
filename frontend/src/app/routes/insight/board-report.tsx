import { useParams, useSearchParams } from 'react-router-dom';
import { DashboardSections } from '@/app/dashboard-sections';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { SummaryCard } from '@/components/govuk/summary-card';
import { useArea } from '@/features/area/api/get-area';
import { coproductionKinds } from '@/features/coproduction/utils/labels';
import { useBoardReport } from '@/features/insight/api/get-board-report';
import { DateChoice } from '@/features/insight/components/date-choice';
import { GapAnalysisSection } from '@/features/insight/components/gap-analysis-section';
import { MeasureProgressTable } from '@/features/insight/components/measure-progress-table';
import { PrintButton } from '@/features/insight/components/print-button';
import type { BoardPriority, BoardReport } from '@/features/insight/types';
import { RagTag, ragStatuses } from '@/features/priority/components/rag-tag';
import type { RagStatus } from '@/features/priority/types';
import { isIsoDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { areaPath } from '@/lib/paths';
import { toSearchParams } from '@/lib/search-params';
import '@/features/insight/insight.css';

function dateParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name) ?? '';
  return isIsoDate(value) ? value : undefined;
}

function isRagStatus(status: string | null): status is RagStatus {
  return ragStatuses.some((entry) => entry.value === status);
}

function PriorityBlock({ entry, since }: { entry: BoardPriority; since: string }) {
  const { priority, statusThen, measures } = entry;
  const changed = statusThen !== priority.status;
  return (
    <div className="sendhub-report-block">
      <h3 className="govuk-heading-s">
        {priority.number}. {priority.title}
      </h3>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status now</dt>
          <dd className="govuk-summary-list__value">
            <RagTag status={priority.status} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status on {since}</dt>
          <dd className="govuk-summary-list__value">
            {isRagStatus(statusThen) ? (
              <>
                <RagTag status={statusThen} /> {changed ? '(changed since)' : '(no change)'}
              </>
            ) : (
              'Not yet recorded'
            )}
          </dd>
        </div>
        {priority.lead && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Lead</dt>
            <dd className="govuk-summary-list__value">{priority.lead}</dd>
          </div>
        )}
      </dl>
      {measures.length === 0 ? (
        <p className="govuk-body">This priority has no measure.</p>
      ) : (
        <MeasureProgressTable measures={measures} caption={`Measures of priority ${priority.number}`} />
      )}
    </div>
  );
}

function YouSaidWeDid({ report }: { report: BoardReport }) {
  if (report.youSaidWeDid.length === 0) {
    return (
      <p className="govuk-body">
        No co-production was held between {formatDate(report.since)} and {formatDate(report.date)}.
      </p>
    );
  }
  return (
    <>
      {report.youSaidWeDid.map((record) => (
        <SummaryCard
          key={record.id}
          headingLevel={3}
          title={record.title}
          rows={[
            { key: 'Held on', value: record.heldOn ? formatDate(record.heldOn) : 'Not recorded' },
            { key: 'Kind', value: labelOf(coproductionKinds, record.kind) },
            { key: 'You said', value: <span className="sendhub-pre-line">{record.youSaid ?? 'Not recorded'}</span> },
            { key: 'We did', value: <span className="sendhub-pre-line">{record.weDid ?? 'Not recorded yet'}</span> },
            { key: 'Feedback given', value: record.feedbackGivenOn ? formatDate(record.feedbackGivenOn) : 'Not yet: the loop is open' },
          ]}
        />
      ))}
    </>
  );
}

/** The SEND Board's report for a day: one long page meant for printing. */
export function BoardReportRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const date = dateParam(searchParams, 'date');
  const since = dateParam(searchParams, 'since');
  const area = useArea(areaCode);
  const report = useBoardReport(areaCode, date, since);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (report.isError) return <LoadFailurePage error={report.error} />;
  if (area.isPending || report.isPending) return <LoadingPage />;

  const data = report.data;
  const sinceText = formatDate(data.since);
  return (
    <Page
      title={`SEND Board report, ${formatDate(data.date)} – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <div className="sendhub-printable">
        <span className="govuk-caption-l">{data.area.name}</span>
        <h1 className="govuk-heading-l">SEND Board report, {formatDate(data.date)}</h1>
        <p className="govuk-body">Changes are counted since the last report, on {sinceText}.</p>
        <DateChoice
          key={`${date ?? ''}/${since ?? ''}`}
          fields={[
            { name: 'date', label: 'Date of the board', hint: 'Leave empty for today', value: date ?? '' },
            { name: 'since', label: 'Date of the last report', hint: 'Leave empty for 3 months before', value: since ?? '' },
          ]}
          submitLabel="Show report"
          onApply={(values) => setSearchParams(toSearchParams(values))}
        />
        <PrintButton />

        <h2 className="govuk-heading-l">Dashboard</h2>
        <DashboardSections areaCode={areaCode} dashboard={data.dashboard} level={3} />

        <div className="sendhub-report-part">
          <h2 className="govuk-heading-l">Priorities</h2>
          {data.priorities.length === 0 ? (
            <p className="govuk-body">The area has no priorities.</p>
          ) : (
            data.priorities.map((entry) => <PriorityBlock key={entry.priority.id} entry={entry} since={sinceText} />)
          )}
        </div>

        <div className="sendhub-report-part">
          <h2 className="govuk-heading-l">Gap analysis</h2>
          <GapAnalysisSection gaps={data.gaps} />
        </div>

        <div className="sendhub-report-part">
          <h2 className="govuk-heading-l">You said, we did</h2>
          <p className="govuk-body">
            Co-production held between {sinceText} and {formatDate(data.date)}.
          </p>
          <YouSaidWeDid report={data} />
        </div>
      </div>
    </Page>
  );
}

import { useParams, useSearchParams } from 'react-router-dom';
import { DashboardSections } from '@/features/insight/components/dashboard-sections';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useArea } from '@/features/area/api/get-area';
import { useBoardReport } from '@/features/insight/api/get-board-report';
import { BoardPriority } from '@/features/insight/components/board-priority';
import { BoardYouSaidWeDid } from '@/features/insight/components/board-you-said-we-did';
import { DateChoice } from '@/features/insight/components/date-choice';
import { GapAnalysisSection } from '@/features/insight/components/gap-analysis-section';
import { PrintButton } from '@/features/insight/components/print-button';
import { formatDate } from '@/lib/format';
import { areaPath } from '@/lib/paths';
import { dateParam, toSearchParams } from '@/lib/search-params';
import '@/features/insight/insight.css';

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
          label="Choose the report’s dates"
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
            data.priorities.map((entry) => <BoardPriority key={entry.priority.id} entry={entry} since={sinceText} />)
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
          <BoardYouSaidWeDid report={data} />
        </div>
      </div>
    </Page>
  );
}

import { useParams, useSearchParams } from 'react-router-dom';
import { DashboardSections } from '@/features/insight/components/dashboard-sections';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useArea } from '@/features/area/api/get-area';
import { DecisionSummaryTable } from '@/features/decision/components/decision-summary-table';
import { useBoardReport } from '@/features/insight/api/get-board-report';
import { BoardPriority, boardPriorityId } from '@/features/insight/components/board-priority';
import { BoardYouSaidWeDid } from '@/features/insight/components/board-you-said-we-did';
import { DateChoice } from '@/features/insight/components/date-choice';
import { GapAnalysisSection } from '@/features/insight/components/gap-analysis-section';
import { PrintButton } from '@/features/insight/components/print-button';
import { PrintedPageHeader } from '@/features/insight/components/printed-page-header';
import { formatDate } from '@/lib/format';
import { areaPath } from '@/lib/paths';
import { dateParam, toSearchParams } from '@/lib/search-params';
import '@/features/insight/insight.css';

/**
 * The SEND Board's report for a day: one long page with a contents list, designed for A4 paper
 * (insight.css): a running header with the area and date, page x of y, no forced page breaks.
 */
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
  const dateText = formatDate(data.date);
  return (
    <Page
      title={`SEND Board report, ${dateText} – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <div className="sendhub-printable">
        <PrintedPageHeader left={`SEND Board report: ${data.area.name}`} right={dateText} />
        <span className="govuk-caption-l">{data.area.name}</span>
        <h1 className="govuk-heading-l">SEND Board report, {dateText}</h1>
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

        <nav className="sendhub-contents" aria-labelledby="report-contents">
          <h2 className="govuk-heading-m" id="report-contents">
            Contents
          </h2>
          <ol className="govuk-list govuk-list--number">
            <li>
              <a className="govuk-link" href="#dashboard">
                Dashboard
              </a>
            </li>
            <li>
              <a className="govuk-link" href="#priorities">
                Priorities
              </a>
              {data.priorities.length > 0 && (
                <ul className="govuk-list sendhub-contents__priorities">
                  {data.priorities.map(({ priority }) => (
                    <li key={priority.id}>
                      <a className="govuk-link" href={`#${boardPriorityId(priority.id)}`}>
                        {priority.number}. {priority.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
            <li>
              <a className="govuk-link" href="#gap-analysis">
                Gap analysis
              </a>
            </li>
            <li>
              <a className="govuk-link" href="#decisions">
                Decisions this period
              </a>
            </li>
            <li>
              <a className="govuk-link" href="#you-said-we-did">
                You said, we did
              </a>
            </li>
          </ol>
        </nav>

        <div className="sendhub-report-part">
          <h2 className="govuk-heading-l" id="dashboard">
            Dashboard
          </h2>
          <DashboardSections areaCode={areaCode} dashboard={data.dashboard} level={3} />
        </div>

        <div className="sendhub-report-part">
          <h2 className="govuk-heading-l" id="priorities">
            Priorities
          </h2>
          {data.priorities.length === 0 ? (
            <p className="govuk-body">The area has no priorities. Add them on the area’s page, under its strategy.</p>
          ) : (
            data.priorities.map((entry) => <BoardPriority key={entry.priority.id} entry={entry} since={sinceText} />)
          )}
        </div>

        <div className="sendhub-report-part">
          <h2 className="govuk-heading-l" id="gap-analysis">
            Gap analysis
          </h2>
          <GapAnalysisSection gaps={data.gaps} nested />
        </div>

        <div className="sendhub-report-part">
          <h2 className="govuk-heading-l" id="decisions">
            Decisions this period
          </h2>
          {data.decisions.length === 0 ? (
            <p className="govuk-body">
              No commissioning decision was recorded between {sinceText} and {dateText}.
            </p>
          ) : (
            <>
              <p className="govuk-body">
                Commissioning decisions taken between {sinceText} and {dateText}, with the evidence each was taken on.
              </p>
              <DecisionSummaryTable areaCode={areaCode} decisions={data.decisions} caption="Decisions this period" />
            </>
          )}
        </div>

        <div className="sendhub-report-part">
          <h2 className="govuk-heading-l" id="you-said-we-did">
            You said, we did
          </h2>
          <p className="govuk-body">
            Co-production held between {sinceText} and {dateText}.
          </p>
          <BoardYouSaidWeDid report={data} />
        </div>
      </div>
    </Page>
  );
}

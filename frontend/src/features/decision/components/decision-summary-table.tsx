import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { Table } from '@/components/govuk/table';
import { DecisionLink } from '@/features/decision/components/decision-table';
import type { DecisionSummary } from '@/features/decision/types';
import { formatDate } from '@/lib/format';
import { coproductionPath, servicePath } from '@/lib/paths';

/** What a decision was taken on, in words: its indicators, co-production and forecast. */
function Evidence({ areaCode, decision }: { areaCode: string; decision: DecisionSummary }) {
  const parts = [
    ...decision.indicators.map((indicator) => <>{indicator.name}</>),
    ...decision.coproduction.map((record) => (
      <Link className="govuk-link" to={coproductionPath(areaCode, record.id)}>
        {record.label}
      </Link>
    )),
    ...(decision.hasForecastEvidence ? [<>The forecast recorded with it</>] : []),
  ];
  if (parts.length === 0) return <span className="govuk-hint govuk-!-margin-0">None recorded</span>;
  return (
    <ul className="govuk-list">
      {parts.map((part, index) => (
        <li key={index}>{part}</li>
      ))}
    </ul>
  );
}

/**
 * Decisions as the trace and the board report show them: evidence, then decision, then service.
 * `caption` names the table for screen readers (a heading above names it on screen).
 */
export function DecisionSummaryTable({ areaCode, decisions, caption }: { areaCode: string; decisions: DecisionSummary[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionHidden
      stacked
      head={[{ text: 'Evidence' }, { text: 'Decision' }, { text: 'Decided on' }, { text: 'Decided by' }, { text: 'Service' }]}
      rows={decisions.map((decision) => ({
        key: decision.id,
        cells: [
          <Evidence areaCode={areaCode} decision={decision} />,
          <span className="sendhub-tags">
            <DecisionLink areaCode={areaCode} decision={decision} serviceName={decision.serviceName} />
            {decision.archived && <ArchivedTag />}
          </span>,
          formatDate(decision.decidedOn),
          decision.decidedBy,
          <Link className="govuk-link" to={servicePath(areaCode, decision.serviceId)}>
            {decision.serviceName}
          </Link>,
        ],
      }))}
    />
  );
}

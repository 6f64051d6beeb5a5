import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { SummaryList } from '@/components/govuk/summary-list';
import { LinkedRecords } from '@/components/linked-records';
import { RecordHeader, type RecordDetailsProps } from '@/components/record-header';
import { useArchiveDecision } from '@/features/decision/api/archive-decision';
import { useRestoreDecision } from '@/features/decision/api/restore-decision';
import { ForecastEvidenceTable } from '@/features/decision/components/forecast-evidence-table';
import type { VersionedDecision } from '@/features/decision/types';
import { decisionKinds } from '@/lib/decision-labels';
import { formatDate } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { coproductionPath, decisionPath, editPath, indicatorsPath, servicePath } from '@/lib/paths';
import { useAreaRecordActions } from '@/lib/use-archive-restore';

/** What a decision is called: what was decided, about which service. */
export function decisionTitle(decision: VersionedDecision['record']): string {
  const service = decision.linked?.services?.[0]?.label ?? 'a service';
  return `${labelOf(decisionKinds, decision.decision)}: ${service}`;
}

export function DecisionDetails({
  areaCode,
  versioned,
  canEdit,
  initialMessage,
  indicatorNames,
}: RecordDetailsProps<VersionedDecision> & { indicatorNames: ReadonlyMap<string, string> }) {
  const { record: decision } = versioned;
  const actions = useAreaRecordActions({
    noun: 'decision',
    type: 'decisions',
    areaCode,
    versioned,
    archive: useArchiveDecision(areaCode),
    restore: useRestoreDecision(areaCode),
    initialMessage,
  });
  const service = decision.linked?.services?.[0];
  const evidence = decision.forecastEvidence;

  return (
    <>
      <RecordHeader
        caption="Commissioning decision"
        title={decisionTitle(decision)}
        tags={decision.archived ? <p className="govuk-body sendhub-tags"><ArchivedTag /></p> : undefined}
        noun="decision"
        archived={decision.archived}
        editHref={editPath(decisionPath(areaCode, decision.id))}
        canEdit={canEdit}
        actions={actions}
      />
      <SummaryList
        rows={[
          {
            key: 'Service',
            value: service ? (
              <>
                <Link className="govuk-link" to={servicePath(areaCode, service.id)}>
                  {service.label}
                </Link>
                {service.archived && (
                  <>
                    {' '}
                    <ArchivedTag />
                  </>
                )}
              </>
            ) : (
              'A service you cannot see'
            ),
          },
          { key: 'Date decided', value: formatDate(decision.decidedOn) },
          { key: 'Decision', value: labelOf(decisionKinds, decision.decision) },
          { key: 'Decided by', value: decision.decidedBy },
          {
            key: 'Rationale',
            value: decision.rationale ? <span className="sendhub-pre-line">{decision.rationale}</span> : <span className="govuk-hint govuk-!-margin-0">Not given</span>,
          },
        ]}
      />
      <h2 className="govuk-heading-m">Indicators it was taken on</h2>
      {decision.indicatorCodes.length === 0 ? (
        <p className="govuk-body">No indicator is named.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {decision.indicatorCodes.map((code) => (
            <li key={code}>
              <Link className="govuk-link" to={indicatorsPath({ indicator: code, areas: [areaCode] })}>
                {indicatorNames.get(code) ?? 'An indicator no longer in the catalogue'}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <LinkedRecords
        heading="Co-production it was taken on"
        records={decision.linked?.coproduction}
        hrefFor={(id) => coproductionPath(areaCode, id)}
        none="No co-production record is named."
      />
      {evidence ? (
        <ForecastEvidenceTable evidence={evidence} indicatorName={indicatorNames.get(evidence.indicatorCode) ?? 'The indicator'} headingLevel={2} />
      ) : (
        <>
          <h2 className="govuk-heading-m">Forecast it relied on</h2>
          <p className="govuk-body">No forecast figures were recorded with this decision.</p>
        </>
      )}
    </>
  );
}

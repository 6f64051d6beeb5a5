import { LinkButton } from '@/components/govuk/button';
import { useDecisionPage } from '@/features/decision/api/get-decisions';
import { DecisionTable } from '@/features/decision/components/decision-table';
import { decisionsPath, newDecisionPath } from '@/lib/paths';
import { Link } from 'react-router-dom';

/** "Decisions about this service", newest first, for the service's page. */
export function ServiceDecisions({ areaCode, serviceId, serviceName, canEdit }: { areaCode: string; serviceId: string; serviceName: string; canEdit: boolean }) {
  const decisions = useDecisionPage(areaCode, { serviceId }, 0);
  return (
    <section aria-labelledby="service-decisions">
      <h2 className="govuk-heading-m" id="service-decisions">
        Decisions about this service
      </h2>
      {decisions.isPending && <p className="govuk-body">Loading decisions…</p>}
      {decisions.isError && <p className="govuk-body">The decisions about this service could not be loaded. Try again later.</p>}
      {decisions.data &&
        (decisions.data.items.length === 0 ? (
          <p className="govuk-body">No commissioning decision about this service has been recorded.</p>
        ) : (
          <>
            <DecisionTable
              areaCode={areaCode}
              decisions={decisions.data.items}
              serviceNames={new Map([[serviceId, serviceName]])}
              caption="Decisions about this service"
              showService={false}
            />
            {decisions.data.total > decisions.data.items.length && (
              <p className="govuk-body">
                <Link className="govuk-link" to={`${decisionsPath(areaCode)}?serviceId=${serviceId}`}>
                  See all {decisions.data.total} decisions about this service
                </Link>
              </p>
            )}
          </>
        ))}
      {canEdit && (
        <LinkButton variant="secondary" to={newDecisionPath(areaCode, serviceId)}>
          Record a decision about this service
        </LinkButton>
      )}
    </section>
  );
}

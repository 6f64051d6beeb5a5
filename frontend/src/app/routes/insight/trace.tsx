import { Link, useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { ArchivedTag } from '@/components/archived-tag';
import { SummaryList } from '@/components/govuk/summary-list';
import { Table } from '@/components/govuk/table';
import { WarningText } from '@/components/govuk/warning-text';
import { LinkedRecords } from '@/components/linked-records';
import { useArea } from '@/features/area/api/get-area';
import { DecisionSummaryTable } from '@/features/decision/components/decision-summary-table';
import { useOutcomeTrace } from '@/features/insight/api/get-outcome-trace';
import { usePriorityTrace } from '@/features/insight/api/get-priority-trace';
import { useServiceTrace } from '@/features/insight/api/get-service-trace';
import { MeasureProgressTable } from '@/components/measure-progress-table';
import type { LinkRef, Trace, TraceFlag, TraceType } from '@/features/insight/types';
import { ServiceStatusTag } from '@/features/service/components/service-status-tag';
import type { ServiceStatus } from '@/features/service/types';
import { formatCapacity, fundingModels } from '@/lib/service-labels';
import { formatMoney } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { areaPath, coproductionPath, outcomePath, outcomesPath, priorityPath, servicePath, servicesPath } from '@/lib/paths';

/** What each broken link means, said from the side of the record traced. */
const flagWords: Record<TraceType, Partial<Record<TraceFlag, string>>> = {
  priority: {
    no_measure: 'This priority has no measure: nothing says how we will know it has worked',
    no_service: 'No service delivers this priority',
    no_coproduction: 'No co-production has shaped this priority',
  },
  outcome: {
    no_measure: 'This outcome has no indicator with which to know it',
    no_priority: 'No priority works towards this outcome',
    no_service: 'No service works towards this outcome',
    no_coproduction: 'No co-production has shaped the priorities or services of this outcome',
  },
  service: {
    no_measure: 'None of the priorities this service delivers has a measure',
    no_priority: 'This service delivers no priority',
    no_coproduction: 'No co-production has shaped this service',
  },
};

function Flag({ trace, flag }: { trace: Trace; flag: TraceFlag }) {
  const words = flagWords[trace.type][flag];
  return trace.flags.includes(flag) && words ? <WarningText>{words}</WarningText> : null;
}

/** Linked records as links; where the chain is broken here, the warning instead. */
function LinkedSection({
  trace,
  flag,
  heading,
  records,
  hrefFor,
  none,
}: {
  trace: Trace;
  flag: TraceFlag;
  heading: string;
  records: LinkRef[];
  hrefFor: (id: string) => string;
  none: string;
}) {
  if (records.length === 0 && trace.flags.includes(flag) && flagWords[trace.type][flag]) {
    return (
      <>
        <h2 className="govuk-heading-m">{heading}</h2>
        <Flag trace={trace} flag={flag} />
      </>
    );
  }
  return <LinkedRecords heading={heading} records={records} hrefFor={hrefFor} none={none} />;
}

const serviceStatuses: readonly string[] = ['planned', 'active', 'decommissioned'];

function ServicesSection({ areaCode, trace }: { areaCode: string; trace: Trace }) {
  return (
    <>
      <h2 className="govuk-heading-m">{trace.type === 'service' ? 'The service' : 'Services'}</h2>
      <Flag trace={trace} flag="no_service" />
      {trace.services.length === 0 ? (
        !trace.flags.includes('no_service') && <p className="govuk-body">No services.</p>
      ) : (
        <>
          <Table
            caption="Services"
            captionHidden
            stacked
            head={[
              { text: 'Service' },
              { text: 'Status' },
              { text: 'Annual value', numeric: true },
              { text: 'Funding model' },
              { text: 'Commissioners' },
              { text: 'Capacity', numeric: true },
            ]}
            rows={trace.services.map((service) => ({
              key: service.id,
              cells: [
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
                </>,
                serviceStatuses.includes(service.status) ? <ServiceStatusTag status={service.status as ServiceStatus} /> : service.status,
                service.annualValue === null ? 'Not recorded' : formatMoney(service.annualValue),
                service.fundingModel ? labelOf(fundingModels, service.fundingModel as (typeof fundingModels)[number]['value']) : 'Not recorded',
                service.commissioners.length === 0 ? 'Not recorded' : service.commissioners.join(', '),
                formatCapacity(service.capacity, service.capacityUnit) ?? 'Not recorded',
              ],
            }))}
          />
          <SummaryList
            rows={[
              { key: 'Total annual value', value: `${formatMoney(trace.totalAnnualValue)} (services not decommissioned or archived)` },
              { key: 'Funding partners', value: trace.fundingPartners.length === 0 ? 'None recorded' : trace.fundingPartners.join(', ') },
            ]}
          />
        </>
      )}
    </>
  );
}

function TraceChain({ areaCode, trace }: { areaCode: string; trace: Trace }) {
  const broken = trace.flags.some((flag) => flagWords[trace.type][flag]);
  return (
    <>
      <p className="govuk-body">
        From the evidence of need, through the plan and the decisions taken on it, to the services that deliver it and what children, young
        people and families told us. {broken ? 'Where the chain is broken, a warning says so.' : 'The chain is complete.'}
      </p>

      <h2 className="govuk-heading-m">Evidence</h2>
      <Flag trace={trace} flag="no_measure" />
      {trace.evidence.length > 0 && <MeasureProgressTable measures={trace.evidence} caption="Evidence: measures and their latest values" />}
      {trace.evidence.length === 0 && !trace.flags.includes('no_measure') && <p className="govuk-body">No evidence recorded.</p>}

      {trace.type !== 'priority' && (
        <LinkedSection
          trace={trace}
          flag="no_priority"
          heading="Priorities"
          records={trace.priorities}
          hrefFor={(id) => priorityPath(areaCode, id)}
          none="No priorities are linked."
        />
      )}
      {trace.type !== 'outcome' && (
        <LinkedRecords heading="Outcomes" records={trace.outcomes} hrefFor={(id) => outcomePath(areaCode, id)} none="No outcomes are linked." />
      )}
      <h2 className="govuk-heading-m">Commissioning decisions</h2>
      {trace.decisions.length === 0 ? (
        <p className="govuk-body">No commissioning decision about {trace.type === 'service' ? 'this service' : 'these services'} has been recorded.</p>
      ) : (
        <DecisionSummaryTable areaCode={areaCode} decisions={trace.decisions} caption="Commissioning decisions: the evidence, the decision and the service" />
      )}
      <ServicesSection areaCode={areaCode} trace={trace} />
      <LinkedSection
        trace={trace}
        flag="no_coproduction"
        heading="Co-production"
        records={trace.coproduction}
        hrefFor={(id) => coproductionPath(areaCode, id)}
        none="No co-production is linked."
      />
    </>
  );
}

const traceOf = {
  // The area's page is its priorities' page, so a priority has no section of its own in the breadcrumbs.
  priority: { hook: usePriorityTrace, recordPath: priorityPath, sections: () => [] },
  outcome: { hook: useOutcomeTrace, recordPath: outcomePath, sections: (areaCode: string) => [{ text: 'Outcomes', to: outcomesPath(areaCode) }] },
  service: { hook: useServiceTrace, recordPath: servicePath, sections: (areaCode: string) => [{ text: 'Services register', to: servicesPath(areaCode) }] },
} as const;

/** The chain from need to voice seen from one priority, outcome or service. */
export function TraceRoute({ type }: { type: TraceType }) {
  const { areaCode = '', id = '' } = useParams();
  const area = useArea(areaCode);
  const { hook, recordPath, sections } = traceOf[type];
  const trace = hook(areaCode, id);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (trace.isError) return <LoadFailurePage error={trace.error} />;
  if (area.isPending || trace.isPending) return <LoadingPage />;

  return (
    <Page
      title={`From need to voice – ${trace.data.label}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
        ...sections(areaCode),
        { text: trace.data.label, to: recordPath(areaCode, id) },
      ]}
    >
      <span className="govuk-caption-l">From need to voice</span>
      <h1 className="govuk-heading-l">{trace.data.label}</h1>
      <TraceChain areaCode={areaCode} trace={trace.data} />
    </Page>
  );
}

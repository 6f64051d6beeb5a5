import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { Table, type TableSort } from '@/components/govuk/table';
import type { Decision } from '@/features/decision/types';
import { decisionKinds } from '@/lib/decision-labels';
import { formatDate } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { decisionPath } from '@/lib/paths';

/** A decision's link, with the service and day read out after the decision, so that each link says which one it is. */
export function DecisionLink({ areaCode, decision, serviceName }: { areaCode: string; decision: Pick<Decision, 'id' | 'decision' | 'decidedOn'>; serviceName: string }) {
  return (
    <Link className="govuk-link" to={decisionPath(areaCode, decision.id)}>
      {`${labelOf(decisionKinds, decision.decision)} `}
      <span className="govuk-visually-hidden">{`${serviceName}, ${formatDate(decision.decidedOn)}`}</span>
    </Link>
  );
}

/**
 * Decisions as the log lists them; `serviceNames` names each decision's service (a service the user cannot see is said so).
 * The sortable log scrolls sideways in its box on a phone (its header buttons stay in one row); an unsorted list stacks
 * row by row, as the trace's decisions do.
 */
export function DecisionTable({
  areaCode,
  decisions,
  serviceNames,
  sort,
  caption = 'Commissioning decisions',
  showService = true,
}: {
  areaCode: string;
  decisions: Decision[];
  serviceNames: ReadonlyMap<string, string>;
  sort?: TableSort;
  caption?: string;
  /** Leave the service out where the page is about one service. */
  showService?: boolean;
}) {
  const nameOf = (id: string) => serviceNames.get(id) ?? 'A service you cannot see';
  return (
    <Table
      caption={caption}
      captionHidden
      scrollable={sort !== undefined}
      stacked={sort === undefined}
      sort={sort}
      head={[
        { text: 'Decided on', sortKey: 'decidedOn' },
        ...(showService ? [{ text: 'Service' }] : []),
        { text: 'Decision' },
        { text: 'Decided by', sortKey: 'decidedBy' },
      ]}
      rows={decisions.map((decision) => ({
        key: decision.id,
        cells: [
          formatDate(decision.decidedOn),
          ...(showService ? [nameOf(decision.serviceId)] : []),
          <span className="sendhub-tags">
            <DecisionLink areaCode={areaCode} decision={decision} serviceName={nameOf(decision.serviceId)} />
            {decision.archived && <ArchivedTag />}
          </span>,
          decision.decidedBy,
        ],
      }))}
    />
  );
}

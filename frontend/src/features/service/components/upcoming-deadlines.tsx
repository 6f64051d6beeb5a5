import { useServices, type ServiceFilters } from '@/features/service/api/get-services';
import { ServiceDeadlines } from '@/features/service/components/service-deadlines';
import type { Service } from '@/features/service/types';
import { valueSummary } from '@/features/service/utils/register-filters';
import { countOf, formatDate } from '@/lib/format';

function totalValue(services: Service[]): string {
  const valued = services.filter((service) => service.annualValue !== null);
  const total = valued.reduce((sum, service) => sum + (service.annualValue ?? 0), 0);
  return valueSummary(total, services.length - valued.length, services.length);
}

/**
 * The register's two lists of what comes up: contracts ending and reviews due, by the API's one
 * definition (`due`), the same as the dashboard's and the board report's.
 */
function deadlines(before: string) {
  return {
    contracts: {
      heading: 'Contracts ending in the next 6 months',
      filters: { due: 'contract_end', sort: 'contractEnd' } satisfies ServiceFilters,
      dateColumn: 'Contract ends',
      dateOf: (service: Service) => service.contractEnd,
      pastLabel: 'Ended',
      none: `No active service has a contract ending before ${formatDate(before)} or already ended.`,
    },
    reviews: {
      heading: 'Reviews due in the next 6 months',
      filters: { due: 'review', sort: 'reviewDate' } satisfies ServiceFilters,
      dateColumn: 'Review due',
      dateOf: (service: Service) => service.reviewDate,
      pastLabel: 'Overdue',
      none: `No review is due before ${formatDate(before)} or overdue.`,
    },
  };
}

/** A section of the register: the active services whose contract ends, or whose review is due, before `before`. */
export function UpcomingDeadlines({
  areaCode,
  kind,
  today,
  before,
}: {
  areaCode: string;
  kind: 'contracts' | 'reviews';
  today: string;
  before: string;
}) {
  const { heading, filters, dateColumn, dateOf, pastLabel, none } = deadlines(before)[kind];
  const services = useServices(areaCode, filters);
  const items = services.data?.items ?? [];
  return (
    <>
      <h2 className="govuk-heading-m">{heading}</h2>
      {services.isError ? (
        <p className="govuk-body">These services could not be loaded. Try again later.</p>
      ) : services.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : items.length === 0 ? (
        <p className="govuk-body">{none}</p>
      ) : (
        <>
          <p className="govuk-body">
            Due by {formatDate(before)} or already passed, the most overdue first. {countOf(items.length, 'service')}. {totalValue(items)}
          </p>
          <ServiceDeadlines
            areaCode={areaCode}
            services={items}
            caption={heading}
            dateColumn={dateColumn}
            dateOf={dateOf}
            pastLabel={pastLabel}
            today={today}
          />
        </>
      )}
    </>
  );
}

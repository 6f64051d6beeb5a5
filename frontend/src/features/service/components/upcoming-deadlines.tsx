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

/** A section of the register: the active services with a date (contract end, review) coming up before `before`. */
export function UpcomingDeadlines({
  areaCode,
  heading,
  filters,
  dateColumn,
  dateOf,
  pastLabel,
  today,
  before,
  none,
}: {
  areaCode: string;
  heading: string;
  filters: ServiceFilters;
  dateColumn: string;
  dateOf: (service: Service) => string | null;
  pastLabel: string;
  today: string;
  before: string;
  none: string;
}) {
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
            Active services with a date before {formatDate(before)}, soonest first. {countOf(items.length, 'service')}. {totalValue(items)}
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

import { useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { LinkButton } from '@/components/govuk/button';
import { PagedList } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import {
  useServiceCount,
  useServicePage,
  useServices,
  type ServiceFilters as Filters,
  type ServiceSort,
} from '@/features/service/api/get-services';
import { ServiceDeadlines } from '@/features/service/components/service-deadlines';
import { ServiceFilters } from '@/features/service/components/service-filters';
import { ServiceTable } from '@/features/service/components/service-table';
import type { Service } from '@/features/service/types';
import {
  commissioningStages,
  fundingModels,
  sectors,
  serviceStatuses,
  serviceTiers,
} from '@/features/service/utils/labels';
import { nextSixMonths } from '@/features/service/utils/register-dates';
import { isIsoDate } from '@/lib/dates';
import { countOf, formatDate, formatMoney } from '@/lib/format';
import { oneOf } from '@/lib/labels';
import { areaPath, newPath, servicesPath } from '@/lib/paths';
import { primaryNeeds } from '@/lib/primary-needs';
import { pageParam, toSearchParams } from '@/lib/search-params';

const sorts: ServiceSort[] = ['name', '-name', 'provider', '-provider', 'annualValue', '-annualValue', 'contractEnd', '-contractEnd', 'reviewDate', '-reviewDate'];

function filtersFrom(params: URLSearchParams): Filters {
  const date = params.get('contractEndsBefore') ?? '';
  const sort = params.get('sort');
  return {
    status: oneOf(serviceStatuses, params.get('status')),
    stage: oneOf(commissioningStages, params.get('stage')),
    tier: oneOf(serviceTiers, params.get('tier')),
    need: oneOf(primaryNeeds, params.get('need')),
    sector: oneOf(sectors, params.get('sector')),
    fundingModel: oneOf(fundingModels, params.get('fundingModel')),
    provider: params.get('provider') ?? undefined,
    contractEndsBefore: isIsoDate(date) ? date : undefined,
    q: params.get('q') ?? undefined,
    includeArchived: params.get('includeArchived') === 'true',
    sort: sorts.find((candidate) => candidate === sort),
  };
}

function paramsFrom(filters: Filters): URLSearchParams {
  return toSearchParams({ ...filters, includeArchived: filters.includeArchived || undefined });
}

function isFiltered(filters: Filters): boolean {
  const { sort: _sort, includeArchived, ...rest } = filters;
  return includeArchived === true || Object.values(rest).some((value) => typeof value === 'string' && value.trim() !== '');
}

/** "Total annual value £1,200,000 (2 have no value recorded)." */
function valueSummary(total: number, withoutValue: number, count: number): string {
  if (withoutValue === count) return 'No annual value is recorded for them.';
  const note = withoutValue === 0 ? '' : ` (${withoutValue === 1 ? '1 has' : `${withoutValue} have`} no value recorded)`;
  return `Total annual value ${formatMoney(total)}${note}.`;
}

function totalValue(services: Service[]): string {
  const valued = services.filter((service) => service.annualValue !== null);
  const total = valued.reduce((sum, service) => sum + (service.annualValue ?? 0), 0);
  return valueSummary(total, services.length - valued.length, services.length);
}

function StatusCounts({ areaCode }: { areaCode: string }) {
  const active = useServiceCount(areaCode, { status: 'active' });
  const planned = useServiceCount(areaCode, { status: 'planned' });
  const decommissioned = useServiceCount(areaCode, { status: 'decommissioned' });
  const counts = [
    { label: 'Active', query: active },
    { label: 'Planned', query: planned },
    { label: 'Decommissioned', query: decommissioned },
  ];
  return (
    <>
      <h2 className="govuk-visually-hidden">Services by status</h2>
      <ul className="sendhub-counts">
        {counts.map(({ label, query }) => (
          <li key={label}>
            <span className="sendhub-counts__figure">{query.data === undefined ? '–' : query.data.toLocaleString('en-GB')}</span>{' '}
            <span className="govuk-body govuk-!-margin-0">{label}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Deadlines({
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
  filters: Filters;
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

export function ServicesRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const area = useArea(areaCode);
  const me = useMe();
  const filters = filtersFrom(searchParams);
  const services = useServicePage(areaCode, filters, pageParam(searchParams) - 1);
  const { today, before } = nextSixMonths();

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (area.isPending) return <LoadingPage />;

  const filtered = isFiltered(filters);
  // The API adds up every matching service, not only those of this page.
  const valueOfAll = services.data && valueSummary(services.data.totalAnnualValue, services.data.withoutAnnualValue, services.data.total);

  return (
    <Page
      title={`Services register – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">{area.data.name}</span>
      <h1 className="govuk-heading-l">Services register</h1>
      <p className="govuk-body">The services the area’s partners commission, their contracts and reviews.</p>
      {me.data?.canEdit && <LinkButton to={newPath(servicesPath(areaCode))}>Add a service</LinkButton>}
      <StatusCounts areaCode={areaCode} />

      <Deadlines
        areaCode={areaCode}
        heading="Contracts ending in the next 6 months"
        filters={{ status: 'active', contractEndsBefore: before, sort: 'contractEnd' }}
        dateColumn="Contract ends"
        dateOf={(service) => service.contractEnd}
        pastLabel="Ended"
        today={today}
        before={before}
        none={`No active service has a contract ending before ${formatDate(before)}.`}
      />
      <Deadlines
        areaCode={areaCode}
        heading="Reviews due in the next 6 months"
        filters={{ status: 'active', reviewDueBefore: before, sort: 'reviewDate' }}
        dateColumn="Review due"
        dateOf={(service) => service.reviewDate}
        pastLabel="Overdue"
        today={today}
        before={before}
        none={`No active service has a review due before ${formatDate(before)}.`}
      />

      <h2 className="govuk-heading-m govuk-!-margin-top-6">All services</h2>
      <ServiceFilters key={searchParams.toString()} filters={filters} onApply={(next) => setSearchParams(paramsFrom({ ...next, sort: filters.sort }))} />
      {services.isError ? (
        <p className="govuk-body">The services could not be loaded. Try again later.</p>
      ) : services.isPending ? (
        <p className="govuk-body" role="status">
          Loading services…
        </p>
      ) : services.data.total === 0 ? (
        <p className="govuk-body" role="status">
          {filtered ? 'No services match these filters.' : 'This area has no services yet.'}
        </p>
      ) : (
        <PagedList
          list={services.data}
          singular="service"
          filtered={filtered}
          summary={valueOfAll}
        >
          <ServiceTable
            areaCode={areaCode}
            services={services.data.items}
            caption="All services"
            sort={{ by: filters.sort ?? 'name', onSort: (by) => setSearchParams(paramsFrom({ ...filters, sort: by as ServiceSort })) }}
          />
        </PagedList>
      )}
    </Page>
  );
}

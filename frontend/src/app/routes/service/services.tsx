import { useParams, useSearchParams } from 'react-router-dom';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { Page } from '@/app/page';
import { LinkButton } from '@/components/govuk/button';
import { listTexts, PagedQuery } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useServicePage, type ServiceSort } from '@/features/service/api/get-services';
import { ServiceFilters } from '@/features/service/components/service-filters';
import { ServiceStatusCounts } from '@/features/service/components/service-status-counts';
import { ServiceTable } from '@/features/service/components/service-table';
import { UpcomingDeadlines } from '@/features/service/components/upcoming-deadlines';
import { registerFilters, valueSummary } from '@/features/service/utils/register-filters';
import { nextSixMonths } from '@/features/service/utils/register-dates';
import { areaPath, newPath, servicesPath } from '@/lib/paths';
import { filterParams, isFiltered, pageParam } from '@/lib/search-params';

export function ServicesRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const area = useArea(areaCode);
  const me = useMe();
  const filters = registerFilters(searchParams);
  const services = useServicePage(areaCode, filters, pageParam(searchParams) - 1);
  const { today, before } = nextSixMonths();

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (area.isPending) return <LoadingPage />;

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
      <ServiceStatusCounts areaCode={areaCode} />

      <UpcomingDeadlines areaCode={areaCode} kind="contracts" today={today} before={before} />
      <UpcomingDeadlines areaCode={areaCode} kind="reviews" today={today} before={before} />

      <h2 className="govuk-heading-m govuk-!-margin-top-6">All services</h2>
      <ServiceFilters key={searchParams.toString()} filters={filters} onApply={(next) => setSearchParams(filterParams({ ...next, sort: filters.sort }))} />
      <PagedQuery
        query={services}
        texts={listTexts('services', 'This area', 'Editors can add the services the area commissions with ‘Add a service’.')}
        singular="service"
        filtered={isFiltered(filters)}
        // The API adds up every matching service, not only those of this page.
        summary={(list) => valueSummary(list.totalAnnualValue, list.withoutAnnualValue, list.total)}
      >
        {(list) => (
          <ServiceTable
            areaCode={areaCode}
            services={list.items}
            caption="All services"
            sort={{ by: filters.sort ?? 'name', onSort: (by) => setSearchParams(filterParams({ ...filters, sort: by as ServiceSort })) }}
          />
        )}
      </PagedQuery>
    </Page>
  );
}

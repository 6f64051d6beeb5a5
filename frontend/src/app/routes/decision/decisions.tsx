import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { LinkButton } from '@/components/govuk/button';
import { listTexts, PagedQuery } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import { useDecisionPage, type DecisionFilters as Filters, type DecisionSort } from '@/features/decision/api/get-decisions';
import { DecisionFilters } from '@/features/decision/components/decision-filters';
import { DecisionTable } from '@/features/decision/components/decision-table';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { useMe } from '@/features/me/api/get-me';
import { useServices } from '@/features/service/api/get-services';
import { serviceOptions } from '@/features/service/utils/link-options';
import { decisionKinds } from '@/lib/decision-labels';
import { oneOf } from '@/lib/labels';
import { areaPath, newDecisionPath } from '@/lib/paths';
import { commonListParams, dateParam, filterParams, isFiltered, pageParam } from '@/lib/search-params';

const sorts: DecisionSort[] = ['decidedOn', '-decidedOn', 'decidedBy', '-decidedBy', 'updatedAt', '-updatedAt'];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function filtersFrom(params: URLSearchParams): Filters {
  const serviceId = params.get('serviceId') ?? '';
  const indicator = params.get('indicator') ?? '';
  return {
    serviceId: uuid.test(serviceId) ? serviceId : undefined,
    decision: oneOf(decisionKinds, params.get('decision')),
    from: dateParam(params, 'from'),
    to: dateParam(params, 'to'),
    indicator: /^[a-z0-9_]{1,64}$/.test(indicator) ? indicator : undefined,
    ...commonListParams(params, sorts),
  };
}

/** The area's commissioning decisions log. */
export function DecisionsRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const area = useArea(areaCode);
  const me = useMe();
  const services = useServices(areaCode, { includeArchived: true });
  const indicators = useIndicators();
  const filters = filtersFrom(searchParams);
  const decisions = useDecisionPage(areaCode, filters, pageParam(searchParams) - 1);
  const serviceNames = useMemo(() => new Map((services.data?.items ?? []).map((service) => [service.id, service.name])), [services.data]);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (services.isError) return <LoadFailurePage error={services.error} />;
  if (area.isPending || services.isPending) return <LoadingPage />;

  return (
    <Page
      title={`Commissioning decisions – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">{area.data.name}</span>
      <h1 className="govuk-heading-l">Commissioning decisions</h1>
      <p className="govuk-body">
        What was decided about each service, when and by whom, and the evidence it was taken on: the indicators, what children, young people and
        families told us, and the forecast it relied on.
      </p>
      {me.data?.canEdit && <LinkButton to={newDecisionPath(areaCode)}>Record a decision</LinkButton>}
      <DecisionFilters
        key={searchParams.toString()}
        filters={filters}
        services={serviceOptions(services.data.items)}
        indicators={(indicators.data ?? []).map((indicator) => ({ value: indicator.code, label: indicator.name }))}
        onApply={(next) => setSearchParams(filterParams({ ...next, sort: filters.sort }))}
      />
      <PagedQuery query={decisions} texts={listTexts('decisions', 'This area')} singular="decision" filtered={isFiltered(filters)}>
        {(list) => (
          <DecisionTable
            areaCode={areaCode}
            decisions={list.items}
            serviceNames={serviceNames}
            sort={{
              by: filters.sort ?? '-decidedOn',
              onSort: (by) => setSearchParams(filterParams({ ...filters, sort: by as DecisionSort })),
            }}
          />
        )}
      </PagedQuery>
    </Page>
  );
}


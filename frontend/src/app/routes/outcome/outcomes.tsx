import { useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { LinkButton } from '@/components/govuk/button';
import { listTexts, PagedQuery } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useOutcomePage, type OutcomeFilters as Filters, type OutcomeSort } from '@/features/outcome/api/get-outcomes';
import { OutcomeFilters } from '@/features/outcome/components/outcome-filters';
import { OutcomeTable } from '@/features/outcome/components/outcome-table';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { areaPath, newPath, outcomesPath } from '@/lib/paths';
import { commonListParams, filterParams, isFiltered, pageParam } from '@/lib/search-params';

const sorts: OutcomeSort[] = ['statement', '-statement', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];

/** The strategy is `strategy` in the address, as on the area's page. */
function filtersFrom(params: URLSearchParams): Filters {
  return { strategyId: params.get('strategy') ?? undefined, ...commonListParams(params, sorts) };
}

function paramsFrom({ strategyId, ...filters }: Filters): URLSearchParams {
  return filterParams({ strategy: strategyId, ...filters });
}

export function OutcomesRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const area = useArea(areaCode);
  const strategies = useStrategies(areaCode);
  const me = useMe();
  const filters = filtersFrom(searchParams);
  const outcomes = useOutcomePage(areaCode, filters, pageParam(searchParams) - 1);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (strategies.isError) return <LoadFailurePage error={strategies.error} />;
  if (area.isPending || strategies.isPending) return <LoadingPage />;

  const filtered = isFiltered(filters);
  const newHref = `${newPath(outcomesPath(areaCode))}${filters.strategyId ? `?strategy=${filters.strategyId}` : ''}`;

  return (
    <Page
      title={`Outcomes – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">{area.data.name}</span>
      <h1 className="govuk-heading-l">Outcomes</h1>
      <p className="govuk-body">What the area’s strategies set out to achieve for children, young people and families.</p>
      {me.data?.canEdit && strategies.data.length > 0 && <LinkButton to={newHref}>Add an outcome</LinkButton>}
      <OutcomeFilters
        key={searchParams.toString()}
        filters={filters}
        strategies={strategies.data}
        onApply={(next) => setSearchParams(paramsFrom({ ...next, sort: filters.sort }))}
      />
      <PagedQuery query={outcomes} texts={listTexts('outcomes', 'This area', 'Editors can add one with ‘Add an outcome’.')} singular="outcome" filtered={filtered}>
        {(list) => (
          <OutcomeTable
            areaCode={areaCode}
            outcomes={list.items}
            strategies={strategies.data}
            sort={{
              by: filters.sort ?? 'createdAt',
              onSort: (by) => setSearchParams(paramsFrom({ ...filters, sort: by as OutcomeSort })),
            }}
          />
        )}
      </PagedQuery>
    </Page>
  );
}

import { useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { LinkButton } from '@/components/govuk/button';
import { PagedList } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useOutcomePage, type OutcomeFilters as Filters, type OutcomeSort } from '@/features/outcome/api/get-outcomes';
import { OutcomeFilters } from '@/features/outcome/components/outcome-filters';
import { OutcomeTable } from '@/features/outcome/components/outcome-table';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { areaPath, newPath, outcomesPath } from '@/lib/paths';
import { pageParam, toSearchParams } from '@/lib/search-params';

const sorts: OutcomeSort[] = ['statement', '-statement', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];

function filtersFrom(params: URLSearchParams): Filters {
  const sort = params.get('sort');
  return {
    strategyId: params.get('strategy') ?? undefined,
    q: params.get('q') ?? undefined,
    includeArchived: params.get('includeArchived') === 'true',
    sort: sorts.find((candidate) => candidate === sort),
  };
}

function paramsFrom(filters: Filters): URLSearchParams {
  return toSearchParams({
    strategy: filters.strategyId,
    q: filters.q,
    includeArchived: filters.includeArchived || undefined,
    sort: filters.sort,
  });
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

  const filtered = Boolean(filters.strategyId || filters.q?.trim() || filters.includeArchived);
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
      {outcomes.isError ? (
        <p className="govuk-body">The outcomes could not be loaded. Try again later.</p>
      ) : outcomes.isPending ? (
        <p className="govuk-body" role="status">
          Loading outcomes…
        </p>
      ) : outcomes.data.total === 0 ? (
        <p className="govuk-body" role="status">
          {filtered ? 'No outcomes match these filters.' : 'This area has no outcomes yet.'}
        </p>
      ) : (
        <PagedList list={outcomes.data} singular="outcome" filtered={filtered}>
          <OutcomeTable
            areaCode={areaCode}
            outcomes={outcomes.data.items}
            strategies={strategies.data}
            sort={{
              by: filters.sort ?? 'createdAt',
              onSort: (by) => setSearchParams(paramsFrom({ ...filters, sort: by as OutcomeSort })),
            }}
          />
        </PagedList>
      )}
    </Page>
  );
}

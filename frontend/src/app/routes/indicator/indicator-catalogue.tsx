import { Link, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LinkButton } from '@/components/govuk/button';
import { PagedList } from '@/components/paged-list';
import { useIndicatorCatalogue, type CatalogueFilters as Filters, type IndicatorSort } from '@/features/indicator/api/get-indicators';
import { CatalogueFilters } from '@/features/indicator/components/catalogue-filters';
import { CatalogueTable } from '@/features/indicator/components/catalogue-table';
import { useMe } from '@/features/me/api/get-me';
import { importValuesPath, indicatorsPath, newIndicatorPath } from '@/lib/paths';
import { pageParam, toSearchParams } from '@/lib/search-params';

const sorts: IndicatorSort[] = ['code', '-code', 'name', '-name'];

function filtersFrom(params: URLSearchParams): Filters {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    includeArchived: params.get('includeArchived') === 'true',
    sort: sorts.find((candidate) => candidate === sort),
  };
}

function paramsFrom(filters: Filters): URLSearchParams {
  return toSearchParams({ q: filters.q, includeArchived: filters.includeArchived || undefined, sort: filters.sort });
}

/** The indicator catalogue: every signed-in user reads it, admins add to it. */
export function IndicatorCatalogueRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const me = useMe();
  const filters = filtersFrom(searchParams);
  const catalogue = useIndicatorCatalogue(filters, pageParam(searchParams) - 1);
  const filtered = Boolean(filters.q?.trim() || filters.includeArchived);

  return (
    <Page title="Indicator catalogue" breadcrumbs={[{ text: 'Indicators', to: indicatorsPath() }]}>
      <span className="govuk-caption-l">Indicators</span>
      <h1 className="govuk-heading-l">Indicator catalogue</h1>
      <p className="govuk-body">
        The indicators every area’s values, measures and CSV files use: what each counts, its unit, whether higher is better, where the
        figures come from and how they are broken down.
      </p>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={indicatorsPath()}>
            Explore indicators
          </Link>
        </li>
        {me.data?.canEdit && (
          <li>
            <Link className="govuk-link" to={importValuesPath}>
              Import indicator values
            </Link>
          </li>
        )}
      </ul>
      {me.data?.isAdmin && <LinkButton to={newIndicatorPath}>Add an indicator</LinkButton>}
      <CatalogueFilters
        key={searchParams.toString()}
        filters={filters}
        onApply={(next) => setSearchParams(paramsFrom({ ...next, sort: filters.sort }))}
      />
      {catalogue.isError ? (
        <p className="govuk-body">The catalogue could not be loaded. Try again later.</p>
      ) : catalogue.isPending ? (
        <p className="govuk-body" role="status">
          Loading indicators…
        </p>
      ) : catalogue.data.total === 0 ? (
        <p className="govuk-body" role="status">
          {filtered ? 'No indicators match these filters.' : 'The catalogue has no indicators yet.'}
        </p>
      ) : (
        <PagedList list={catalogue.data} singular="indicator" filtered={filtered}>
          <CatalogueTable
            indicators={catalogue.data.items}
            sort={{
              by: filters.sort ?? 'code',
              onSort: (by) => setSearchParams(paramsFrom({ ...filters, sort: by as IndicatorSort })),
            }}
          />
        </PagedList>
      )}
    </Page>
  );
}

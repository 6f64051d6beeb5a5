import { useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LinkButton } from '@/components/govuk/button';
import { listTexts, PagedQuery } from '@/components/paged-list';
import { useIndicatorCatalogue, type CatalogueFilters as Filters, type IndicatorSort } from '@/features/indicator/api/get-indicators';
import { IndicatorPages } from '@/features/indicator/components/indicator-pages';
import { CatalogueFilters } from '@/features/indicator/components/catalogue-filters';
import { CatalogueTable } from '@/features/indicator/components/catalogue-table';
import { useMe } from '@/features/me/api/get-me';
import { indicatorsPath, newIndicatorPath } from '@/lib/paths';
import { commonListParams, filterParams, isFiltered, pageParam } from '@/lib/search-params';

const sorts: IndicatorSort[] = ['code', '-code', 'name', '-name'];

/** The indicator catalogue: every signed-in user reads it, admins add to it. */
export function IndicatorCatalogueRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const me = useMe();
  const filters: Filters = commonListParams(searchParams, sorts);
  const catalogue = useIndicatorCatalogue(filters, pageParam(searchParams) - 1);
  const filtered = isFiltered(filters);

  return (
    <Page title="Indicator catalogue" breadcrumbs={[{ text: 'Indicators', to: indicatorsPath() }]}>
      <span className="govuk-caption-l">Indicators</span>
      <h1 className="govuk-heading-l">Indicator catalogue</h1>
      <p className="govuk-body">
        The indicators every area’s values, measures and CSV files use: what each counts, its unit, whether higher is better, where the
        figures come from and how they are broken down.
      </p>
      <IndicatorPages other={{ text: 'Explore indicators', href: indicatorsPath() }} canEdit={me.data?.canEdit ?? false} />
      {me.data?.isAdmin && <LinkButton to={newIndicatorPath}>Add an indicator</LinkButton>}
      <CatalogueFilters
        key={searchParams.toString()}
        filters={filters}
        onApply={(next) => setSearchParams(filterParams({ ...next, sort: filters.sort }))}
      />
      <PagedQuery query={catalogue} texts={{ ...listTexts('indicators', 'The catalogue', 'An administrator can add one with ‘Add an indicator’.'), failed: 'The catalogue could not be loaded. Try again later.' }} singular="indicator" filtered={filtered}>
        {(list) => (
          <CatalogueTable
            indicators={list.items}
            sort={{
              by: filters.sort ?? 'code',
              onSort: (by) => setSearchParams(filterParams({ ...filters, sort: by as IndicatorSort })),
            }}
          />
        )}
      </PagedQuery>
    </Page>
  );
}

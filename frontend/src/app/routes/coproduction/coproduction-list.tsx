import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { LinkButton } from '@/components/govuk/button';
import { listTexts, PagedQuery } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import {
  useCoproductionPage,
  type CoproductionFilters as Filters,
  type CoproductionSort,
} from '@/features/coproduction/api/get-coproduction-list';
import { CoproductionFilters } from '@/features/coproduction/components/coproduction-filters';
import { CoproductionTable } from '@/features/coproduction/components/coproduction-table';
import { coproductionKinds, coproductionStatuses, lundyPrinciples } from '@/lib/coproduction-labels';
import { useMe } from '@/features/me/api/get-me';
import { oneOf } from '@/lib/labels';
import { areaPath, coproductionListPath, newPath, youSaidWeDidPath } from '@/lib/paths';
import { booleanParam, commonListParams, dateParam, filterParams, isFiltered, pageParam } from '@/lib/search-params';

const sorts: CoproductionSort[] = ['heldOn', '-heldOn', 'title', '-title', 'updatedAt', '-updatedAt'];

function filtersFrom(params: URLSearchParams): Filters {
  return {
    kind: oneOf(coproductionKinds, params.get('kind')),
    status: oneOf(coproductionStatuses, params.get('status')),
    principle: oneOf(lundyPrinciples, params.get('principle')),
    from: dateParam(params, 'from'),
    to: dateParam(params, 'to'),
    loopOpen: booleanParam(params, 'loopOpen'),
    ...commonListParams(params, sorts),
  };
}

export function CoproductionListRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const area = useArea(areaCode);
  const me = useMe();
  const filters = filtersFrom(searchParams);
  const records = useCoproductionPage(areaCode, filters, pageParam(searchParams) - 1);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (area.isPending) return <LoadingPage />;

  const filtered = isFiltered(filters);

  return (
    <Page
      title={`Co-production – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">{area.data.name}</span>
      <h1 className="govuk-heading-l">Co-production</h1>
      <p className="govuk-body">
        What children, young people and families told us, and what we did about it. Read them as{' '}
        <Link className="govuk-link" to={youSaidWeDidPath(areaCode)}>
          you said, we did
        </Link>
        .
      </p>
      {me.data?.canEdit && <LinkButton to={newPath(coproductionListPath(areaCode))}>Add a co-production record</LinkButton>}
      <CoproductionFilters
        key={searchParams.toString()}
        filters={filters}
        onApply={(next) => setSearchParams(filterParams({ ...next, sort: filters.sort }))}
      />
      <PagedQuery query={records} texts={listTexts('co-production records', 'This area', 'Editors can record an event, survey or forum with ‘Add a co-production record’.')} singular="co-production record" filtered={filtered}>
        {(list) => (
          <CoproductionTable
            areaCode={areaCode}
            records={list.items}
            sort={{
              by: filters.sort ?? '-heldOn',
              onSort: (by) => setSearchParams(filterParams({ ...filters, sort: by as CoproductionSort })),
            }}
          />
        )}
      </PagedQuery>
    </Page>
  );
}

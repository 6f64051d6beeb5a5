import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { LinkButton } from '@/components/govuk/button';
import { PagedList } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import {
  useCoproductionPage,
  type CoproductionFilters as Filters,
  type CoproductionSort,
} from '@/features/coproduction/api/get-coproduction-list';
import { CoproductionFilters } from '@/features/coproduction/components/coproduction-filters';
import { CoproductionTable } from '@/features/coproduction/components/coproduction-table';
import { coproductionKinds, coproductionStatuses, lundyPrinciples } from '@/features/coproduction/utils/labels';
import { useMe } from '@/features/me/api/get-me';
import { isIsoDate } from '@/lib/dates';
import { oneOf } from '@/lib/labels';
import { areaPath, coproductionListPath, newPath, youSaidWeDidPath } from '@/lib/paths';
import { booleanParam, pageParam, toSearchParams } from '@/lib/search-params';

const sorts: CoproductionSort[] = ['heldOn', '-heldOn', 'title', '-title', 'updatedAt', '-updatedAt'];

function dateParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name) ?? '';
  return isIsoDate(value) ? value : undefined;
}

function filtersFrom(params: URLSearchParams): Filters {
  const sort = params.get('sort');
  return {
    kind: oneOf(coproductionKinds, params.get('kind')),
    status: oneOf(coproductionStatuses, params.get('status')),
    principle: oneOf(lundyPrinciples, params.get('principle')),
    from: dateParam(params, 'from'),
    to: dateParam(params, 'to'),
    loopOpen: booleanParam(params, 'loopOpen'),
    q: params.get('q') ?? undefined,
    includeArchived: params.get('includeArchived') === 'true',
    sort: sorts.find((candidate) => candidate === sort),
  };
}

function paramsFrom(filters: Filters): URLSearchParams {
  return toSearchParams({ ...filters, includeArchived: filters.includeArchived || undefined });
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

  const { sort: _sort, ...chosen } = filters;
  const filtered = Object.values(chosen).some((value) => value === true || (typeof value === 'string' && value.trim() !== ''));

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
        onApply={(next) => setSearchParams(paramsFrom({ ...next, sort: filters.sort }))}
      />
      {records.isError ? (
        <p className="govuk-body">The co-production records could not be loaded. Try again later.</p>
      ) : records.isPending ? (
        <p className="govuk-body" role="status">
          Loading co-production records…
        </p>
      ) : records.data.total === 0 ? (
        <p className="govuk-body" role="status">
          {filtered ? 'No co-production records match these filters.' : 'This area has no co-production records yet.'}
        </p>
      ) : (
        <PagedList list={records.data} singular="co-production record" filtered={filtered}>
          <CoproductionTable
            areaCode={areaCode}
            records={records.data.items}
            sort={{
              by: filters.sort ?? '-heldOn',
              onSort: (by) => setSearchParams(paramsFrom({ ...filters, sort: by as CoproductionSort })),
            }}
          />
        </PagedList>
      )}
    </Page>
  );
}

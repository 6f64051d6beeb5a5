import { useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { listTexts, PagedQuery } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import { useCoproductionCount, useCoproductionPage } from '@/features/coproduction/api/get-coproduction-list';
import { YouSaidWeDidCards, YouSaidWeDidFilterForm, type YouSaidWeDidFilters } from '@/features/coproduction/components/you-said-we-did';
import { coproductionKinds } from '@/lib/coproduction-labels';
import { countOf } from '@/lib/format';
import { oneOf } from '@/lib/labels';
import { areaPath } from '@/lib/paths';
import { booleanParam, pageParam, toSearchParams } from '@/lib/search-params';

export function YouSaidWeDidRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const area = useArea(areaCode);
  const filters: YouSaidWeDidFilters = {
    loopOpen: booleanParam(searchParams, 'loopOpen'),
    kind: oneOf(coproductionKinds, searchParams.get('kind')),
  };
  const records = useCoproductionPage(areaCode, filters, pageParam(searchParams) - 1);
  // The loops not closed among all the records that match, not just among those of this page.
  const openCount = useCoproductionCount(areaCode, { ...filters, loopOpen: true }, filters.loopOpen === undefined);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (area.isPending) return <LoadingPage />;

  const filtered = filters.loopOpen !== undefined || filters.kind !== undefined;
  const open = filters.loopOpen === undefined ? openCount.data : filters.loopOpen ? records.data?.total : 0;
  const loops = open === undefined ? undefined : open === 0 ? 'Feedback has been given on all of them.' : `${countOf(open, 'loop')} not closed yet.`;

  return (
    <Page
      title={`You said, we did – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">{area.data.name}</span>
      <h1 className="govuk-heading-l">You said, we did</h1>
      <p className="govuk-body">
        What children, young people and families told us, what changed because of it, and whether we have told them. The
        loop is closed when we have given them feedback.
      </p>
      <YouSaidWeDidFilterForm key={searchParams.toString()} filters={filters} onApply={(next) => setSearchParams(toSearchParams(next))} />
      <PagedQuery query={records} texts={{ ...listTexts('co-production records', 'This area', 'What children, young people and families said shows here once co-production is recorded under Co-production.'), loading: 'Loading…' }} singular="record" filtered={filtered} summary={() => loops}>
        {(list) => (
          <YouSaidWeDidCards areaCode={areaCode} records={list.items} />
        )}
      </PagedQuery>
    </Page>
  );
}

import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { AreaProfileLink } from '@/components/area-profile-link';
import { LinkButton } from '@/components/govuk/button';
import { listTexts, PagedQuery } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import { LocalOfferFeed } from '@/features/area/components/local-offer-feed';
import { useMe } from '@/features/me/api/get-me';
import { usePriorityPage, type PriorityFilters as Filters } from '@/features/priority/api/get-priorities';
import { PriorityFilters } from '@/features/priority/components/priority-filters';
import { PriorityTable } from '@/features/priority/components/priority-table';
import { ragStatuses } from '@/components/rag-tag';
import type { RagStatus } from '@/features/priority/types';
import { useStrategies, type Strategy } from '@/features/strategy/api/get-strategies';
import { StrategyTable } from '@/features/strategy/components/strategy-table';
import { pageParam } from '@/lib/search-params';
import { decisionsPath, newPriorityPath, sufficiencyPath } from '@/lib/paths';

/** The strategy whose priorities are shown first: the first active one, else the newest. */
function defaultStrategy(strategies: Strategy[]): Strategy | undefined {
  return strategies.find((strategy) => strategy.status === 'active') ?? strategies[0];
}

function filtersFrom(params: URLSearchParams, strategyId: string | undefined): Filters {
  const status = params.get('status');
  return {
    strategyId,
    status: ragStatuses.some((entry) => entry.value === status) ? (status as RagStatus) : undefined,
    q: params.get('q') ?? undefined,
    includeArchived: params.get('includeArchived') === 'true',
  };
}

export function AreaRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const area = useArea(areaCode);
  const strategies = useStrategies(areaCode);
  const me = useMe();

  const strategyList = strategies.data ?? [];
  const requested = strategyList.find((strategy) => strategy.id === searchParams.get('strategy'));
  const strategy = requested ?? defaultStrategy(strategyList);
  const filters = filtersFrom(searchParams, strategy?.id);
  const priorities = usePriorityPage(areaCode, filters, pageParam(searchParams) - 1, strategy !== undefined);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (strategies.isError) return <LoadFailurePage error={strategies.error} />;
  if (area.isPending || strategies.isPending) return <LoadingPage />;

  const applyFilters = (next: Filters) => {
    const params = new URLSearchParams();
    if (next.strategyId) params.set('strategy', next.strategyId);
    if (next.status) params.set('status', next.status);
    if (next.q?.trim()) params.set('q', next.q.trim());
    if (next.includeArchived) params.set('includeArchived', 'true');
    setSearchParams(params);
  };
  const filtered = Boolean(filters.status || filters.q?.trim() || filters.includeArchived);

  return (
    <Page title={area.data.name} breadcrumbs={[{ text: 'Your areas', to: '/' }]}>
      <span className="govuk-caption-l">Local area</span>
      <h1 className="govuk-heading-l">{area.data.name}</h1>
      {area.data.icbName && <p className="govuk-body">Integrated care board: {area.data.icbName}</p>}
      <AreaProfileLink code={area.data.code} name={area.data.name} />
      <LocalOfferFeed areaCode={area.data.code} />
      <p className="govuk-body">
        <Link className="govuk-link" to={decisionsPath(areaCode)}>
          Commissioning decisions
        </Link>
        : what was decided about each service, and on what evidence.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={sufficiencyPath(areaCode)}>
          Sufficiency: EHC plans forecast against the capacity of services
        </Link>
      </p>

      <h2 className="govuk-heading-m">Strategies</h2>
      {strategyList.length === 0 ? (
        <p className="govuk-body">
          This area has no strategies yet. Its priorities and outcomes belong to a strategy: ask your SEND Hub administrator to add the
          area’s strategy.
        </p>
      ) : (
        <StrategyTable areaCode={areaCode} strategies={strategyList} />
      )}

      {strategy && (
        <>
          <h2 className="govuk-heading-m">Priorities</h2>
          <p className="govuk-body">
            The priorities of <strong>{strategy.title}</strong>.
          </p>
          {me.data?.canEdit && (
            <LinkButton to={newPriorityPath(areaCode, strategy.id)}>Add a priority</LinkButton>
          )}
          <PriorityFilters
            key={searchParams.toString()}
            filters={filters}
            strategies={strategyList}
            onApply={applyFilters}
          />
          <PagedQuery query={priorities} texts={listTexts('priorities', 'This strategy', 'Editors can add one with ‘Add a priority’.')} singular="priority" plural="priorities" filtered={filtered}>
            {(list) => (
              <PriorityTable areaCode={areaCode} priorities={list.items} caption={`Priorities of ${strategy.title}`} />
            )}
          </PagedQuery>
        </>
      )}
    </Page>
  );
}

import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { PagedQuery, listTexts } from '@/components/paged-list';
import { useArea } from '@/features/area/api/get-area';
import { useDecision } from '@/features/decision/api/get-decision';
import { decisionTitle } from '@/features/decision/components/decision-details';
import { decisionHistoryFields } from '@/features/decision/utils/history-fields';
import { useCoproduction } from '@/features/coproduction/api/get-coproduction';
import { coproductionHistoryFields } from '@/features/coproduction/utils/history-fields';
import { useRecordHistory, type HistoryCollection } from '@/features/history/api/get-record-history';
import { HistoryEntries } from '@/features/history/components/history-entries';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { useOutcome } from '@/features/outcome/api/get-outcome';
import { outcomeHistoryFields } from '@/features/outcome/utils/history-fields';
import { usePriority } from '@/features/priority/api/get-priority';
import { priorityHistoryFields } from '@/features/priority/utils/history-fields';
import { useService } from '@/features/service/api/get-service';
import { useServices } from '@/features/service/api/get-services';
import { serviceHistoryFields } from '@/features/service/utils/history-fields';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { useStrategy } from '@/features/strategy/api/get-strategy';
import { strategyHistoryFields } from '@/features/strategy/utils/history-fields';
import type { Breadcrumb } from '@/components/govuk/breadcrumbs';
import type { HistoryFields } from '@/lib/history-words';
import {
  areaPath,
  coproductionListPath,
  coproductionPath,
  decisionPath,
  decisionsPath,
  outcomePath,
  outcomesPath,
  priorityPath,
  servicePath,
  servicesPath,
  strategyPath,
} from '@/lib/paths';
import { pageParam } from '@/lib/search-params';

/** A record's title as the history page needs it, read as its own page reads the record. */
type TitleQuery = { isError: boolean; error: unknown; isPending: boolean; title: string | undefined };

function titleQuery(query: { isError: boolean; error: unknown; isPending: boolean }, title: string | undefined): TitleQuery {
  return { isError: query.isError, error: query.error, isPending: query.isPending, title };
}

/** The titles of the area's strategies, to name the strategy a priority or outcome moved between. */
function useStrategyTitles(areaCode: string): ReadonlyMap<string, string> {
  const strategies = useStrategies(areaCode);
  return useMemo(() => new Map((strategies.data ?? []).map((strategy) => [strategy.id, strategy.title])), [strategies.data]);
}

const historyOf: Record<
  HistoryCollection,
  {
    caption: string;
    recordPath: (areaCode: string, id: string) => string;
    sections: (areaCode: string) => Breadcrumb[];
    useTitle: (areaCode: string, id: string) => TitleQuery;
    useFields: (areaCode: string) => HistoryFields;
  }
> = {
  strategies: {
    caption: 'Strategy',
    recordPath: strategyPath,
    sections: () => [],
    useTitle: (areaCode, id) => {
      const strategy = useStrategy(areaCode, id);
      return titleQuery(strategy, strategy.data?.title);
    },
    useFields: () => strategyHistoryFields,
  },
  priorities: {
    caption: 'Priority',
    recordPath: priorityPath,
    sections: () => [],
    useTitle: (areaCode, id) => {
      const priority = usePriority(areaCode, id);
      return titleQuery(priority, priority.data?.record.title);
    },
    useFields: (areaCode) => {
      const titles = useStrategyTitles(areaCode);
      return useMemo(() => priorityHistoryFields(titles), [titles]);
    },
  },
  outcomes: {
    caption: 'Outcome',
    recordPath: outcomePath,
    sections: (areaCode) => [{ text: 'Outcomes', to: outcomesPath(areaCode) }],
    useTitle: (areaCode, id) => {
      const outcome = useOutcome(areaCode, id);
      return titleQuery(outcome, outcome.data?.record.statement);
    },
    useFields: (areaCode) => {
      const titles = useStrategyTitles(areaCode);
      const indicators = useIndicators();
      return useMemo(
        () => outcomeHistoryFields(titles, new Map((indicators.data ?? []).map((indicator) => [indicator.code, indicator.name]))),
        [titles, indicators.data],
      );
    },
  },
  services: {
    caption: 'Service',
    recordPath: servicePath,
    sections: (areaCode) => [{ text: 'Services register', to: servicesPath(areaCode) }],
    useTitle: (areaCode, id) => {
      const service = useService(areaCode, id);
      return titleQuery(service, service.data?.record.name);
    },
    useFields: () => serviceHistoryFields,
  },
  coproduction: {
    caption: 'Co-production',
    recordPath: coproductionPath,
    sections: (areaCode) => [{ text: 'Co-production', to: coproductionListPath(areaCode) }],
    useTitle: (areaCode, id) => {
      const coproduction = useCoproduction(areaCode, id);
      return titleQuery(coproduction, coproduction.data?.record.title);
    },
    useFields: () => coproductionHistoryFields,
  },
  decisions: {
    caption: 'Commissioning decision',
    recordPath: decisionPath,
    sections: (areaCode) => [{ text: 'Commissioning decisions', to: decisionsPath(areaCode) }],
    useTitle: (areaCode, id) => {
      const decision = useDecision(areaCode, id);
      return titleQuery(decision, decision.data && decisionTitle(decision.data.record));
    },
    useFields: (areaCode) => {
      const services = useServices(areaCode, { includeArchived: true });
      return useMemo(() => decisionHistoryFields(new Map((services.data?.items ?? []).map((service) => [service.id, service.name]))), [services.data]);
    },
  },
};

/** Every change of one record, newest first, in words: who did what and when, field by field. */
export function RecordHistoryRoute({ collection }: { collection: HistoryCollection }) {
  const { areaCode = '', id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const page = pageParam(searchParams);
  const { caption, recordPath, sections, useTitle, useFields } = historyOf[collection];
  const area = useArea(areaCode);
  const record = useTitle(areaCode, id);
  const fields = useFields(areaCode);
  const history = useRecordHistory(collection, areaCode, id, page - 1);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (record.isError) return <LoadFailurePage error={record.error} />;
  if (area.isPending || record.isPending || record.title === undefined) return <LoadingPage />;

  return (
    <Page
      title={`History of ${record.title}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
        ...sections(areaCode),
        { text: record.title, to: recordPath(areaCode, id) },
      ]}
    >
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l">History of {record.title}</h1>
      <PagedQuery query={history} texts={listTexts('changes', 'This record')} singular="change" filtered={false}>
        {(list) => <HistoryEntries entries={list.items} fields={fields} />}
      </PagedQuery>
      <p className="govuk-body">
        <Link className="govuk-link" to={recordPath(areaCode, id)}>
          Back to the {caption.toLowerCase()}
        </Link>
      </p>
    </Page>
  );
}

import { Link, useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useFlashMessage } from '@/app/use-flash-message';
import { HistoryLink } from '@/components/history-link';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { usePriority } from '@/features/priority/api/get-priority';
import { PriorityDetails } from '@/features/priority/components/priority-details';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { areaStrategyPath, priorityPath, strategyPath, tracePath } from '@/lib/paths';

export function PriorityRoute() {
  const { areaCode = '', id = '' } = useParams();
  const message = useFlashMessage();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const priority = usePriority(areaCode, id);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (priority.isError) return <LoadFailurePage error={priority.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (area.isPending || priority.isPending || me.isPending) return <LoadingPage />;

  const { record } = priority.data;
  const strategy = strategies.data?.find((candidate) => candidate.id === record.strategyId);

  return (
    <Page
      title={record.title}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaStrategyPath(areaCode, record.strategyId) },
      ]}
    >
      <PriorityDetails
        key={record.id}
        areaCode={areaCode}
        versioned={priority.data}
        strategy={strategy && { title: strategy.title, href: strategyPath(areaCode, strategy.id) }}
        canEdit={me.data.canEdit}
        initialMessage={message}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={tracePath(areaCode, 'priority', record.id)}>
          Trace from need to voice
        </Link>
      </p>
      <HistoryLink recordPath={priorityPath(areaCode, record.id)} />
    </Page>
  );
}

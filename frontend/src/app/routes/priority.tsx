import { useEffect } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/routes/error';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { usePriority } from '@/features/priority/api/get-priority';
import { PriorityDetails } from '@/features/priority/components/priority-details';
import { useStrategies } from '@/features/strategy/api/get-strategies';

/** What the page before this one did, e.g. "Priority saved", passed in the history entry's state. */
export type PriorityPageState = { message?: string } | null;

export function PriorityRoute() {
  const { areaCode = '', id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const message = (location.state as PriorityPageState)?.message;
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const priority = usePriority(areaCode, id);

  // Show the message once: reloading the page or coming back to it should not repeat it.
  useEffect(() => {
    if (message) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [message, navigate, location.pathname, location.search]);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (priority.isError) return <LoadFailurePage error={priority.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (area.isPending || priority.isPending || me.isPending) return <LoadingPage />;

  const { priority: record } = priority.data;
  const strategy = strategies.data?.find((candidate) => candidate.id === record.strategyId);

  return (
    <Page
      title={record.title}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: `/areas/${areaCode}?strategy=${record.strategyId}` },
      ]}
    >
      <PriorityDetails
        key={record.id}
        areaCode={areaCode}
        versioned={priority.data}
        strategy={strategy && { title: strategy.title, href: `/areas/${areaCode}/strategies/${strategy.id}` }}
        canEdit={me.data.canEdit}
        initialMessage={message}
      />
    </Page>
  );
}

import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/routes/error';
import type { PriorityPageState } from '@/app/routes/priority';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { usePriority } from '@/features/priority/api/get-priority';
import { PriorityForm } from '@/features/priority/components/priority-form';
import type { VersionedPriority } from '@/features/priority/types';
import { useStrategies } from '@/features/strategy/api/get-strategies';

export function PriorityEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigate = useNavigate();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const priority = usePriority(areaCode, id, { fresh: true });
  // The form starts from the version read when the page opened, and keeps its ETag, so a change
  // saved meanwhile by someone else is caught as a conflict rather than silently overwritten.
  const [opened, setOpened] = useState<VersionedPriority>();
  useEffect(() => {
    if (!opened && priority.data && !priority.isFetching) setOpened(priority.data);
  }, [opened, priority.data, priority.isFetching]);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (priority.isError) return <LoadFailurePage error={priority.error} />;
  if (strategies.isError) return <LoadFailurePage error={strategies.error} />;
  if (area.isPending || me.isPending || strategies.isPending || !opened) return <LoadingPage />;
  if (!me.data.canEdit) return <ForbiddenPage heading="You cannot change priorities" />;

  const detailHref = `/areas/${areaCode}/priorities/${id}`;
  return (
    <Page backLink={detailHref}>
      <PriorityForm
        key={opened.priority.id}
        areaCode={areaCode}
        strategies={strategies.data.map((strategy) => ({ id: strategy.id, title: strategy.title }))}
        existing={opened}
        caption={area.data.name}
        heading="Edit priority"
        cancelHref={detailHref}
        onSaved={(saved) =>
          navigate(`/areas/${areaCode}/priorities/${saved.priority.id}`, {
            state: { message: 'Priority saved' } satisfies PriorityPageState,
          })
        }
      />
    </Page>
  );
}

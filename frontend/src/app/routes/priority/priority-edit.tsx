import { useNavigate, useParams } from 'react-router-dom';
import { priorityOutcomeOptions } from '@/app/link-options';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useOutcomes } from '@/features/outcome/api/get-outcomes';
import { usePriority } from '@/features/priority/api/get-priority';
import { PriorityForm } from '@/features/priority/components/priority-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';

export function PriorityEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigate = useNavigate();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const outcomes = useOutcomes(areaCode, { includeArchived: true });
  const priority = usePriority(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(priority);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (priority.isError) return <LoadFailurePage error={priority.error} />;
  if (strategies.isError) return <LoadFailurePage error={strategies.error} />;
  if (outcomes.isError) return <LoadFailurePage error={outcomes.error} />;
  if (area.isPending || me.isPending || strategies.isPending || outcomes.isPending || !opened) return <LoadingPage />;
  if (!me.data.canEdit) return <ForbiddenPage heading="You cannot change priorities" />;

  const detailHref = `/areas/${areaCode}/priorities/${id}`;
  return (
    <Page backLink={detailHref}>
      <PriorityForm
        key={opened.priority.id}
        areaCode={areaCode}
        strategies={strategies.data.map((strategy) => ({ id: strategy.id, title: strategy.title }))}
        outcomes={priorityOutcomeOptions(outcomes.data.items)}
        existing={opened}
        caption={area.data.name}
        heading="Edit priority"
        cancelHref={detailHref}
        onSaved={(saved) =>
          navigate(`/areas/${areaCode}/priorities/${saved.priority.id}`, {
            state: { message: 'Priority saved' } satisfies RecordPageState,
          })
        }
      />
    </Page>
  );
}

import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { priorityOutcomeOptions } from '@/app/link-options';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useOutcomes } from '@/features/outcome/api/get-outcomes';
import { PriorityForm } from '@/features/priority/components/priority-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';

export function PriorityNewRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const outcomes = useOutcomes(areaCode, { includeArchived: true });

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (strategies.isError) return <LoadFailurePage error={strategies.error} />;
  if (outcomes.isError) return <LoadFailurePage error={outcomes.error} />;
  if (area.isPending || me.isPending || strategies.isPending || outcomes.isPending) return <LoadingPage />;
  if (!me.data.canEdit) return <ForbiddenPage heading="You cannot add priorities" />;

  const requested = searchParams.get('strategy') ?? undefined;
  const areaHref = requested ? `/areas/${areaCode}?strategy=${requested}` : `/areas/${areaCode}`;
  const options = strategies.data.map((strategy) => ({ id: strategy.id, title: strategy.title }));

  return (
    <Page backLink={areaHref}>
      <PriorityForm
        areaCode={areaCode}
        strategies={options}
        outcomes={priorityOutcomeOptions(outcomes.data.items)}
        defaultStrategyId={options.some((option) => option.id === requested) ? requested : undefined}
        caption={area.data.name}
        heading="Add a priority"
        cancelHref={areaHref}
        onSaved={(saved) =>
          navigate(`/areas/${areaCode}/priorities/${saved.priority.id}`, {
            state: { message: 'Priority added' } satisfies RecordPageState,
          })
        }
      />
    </Page>
  );
}

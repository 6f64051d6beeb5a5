import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { OutcomeForm } from '@/features/outcome/components/outcome-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { outcomePath, outcomesPath } from '@/lib/paths';

export function OutcomeNewRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (strategies.isError) return <LoadFailurePage error={strategies.error} />;
  if (area.isPending || me.isPending || strategies.isPending) return <LoadingPage />;
  if (!me.data.canEdit) return <ForbiddenPage heading="You cannot add outcomes" />;

  const requested = searchParams.get('strategy') ?? undefined;
  const options = strategies.data.map((strategy) => ({ id: strategy.id, title: strategy.title }));

  return (
    <Page backLink={outcomesPath(areaCode)}>
      <OutcomeForm
        areaCode={areaCode}
        strategies={options}
        defaultStrategyId={options.some((option) => option.id === requested) ? requested : undefined}
        caption={area.data.name}
        heading="Add an outcome"
        cancelHref={outcomesPath(areaCode)}
        onSaved={(saved) =>
          navigate(outcomePath(areaCode, saved.record.id), { state: { message: 'Outcome added' } satisfies RecordPageState })
        }
      />
    </Page>
  );
}

import { useNavigate, useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useOutcome } from '@/features/outcome/api/get-outcome';
import { OutcomeForm } from '@/features/outcome/components/outcome-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { outcomePath } from '@/lib/paths';

export function OutcomeEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigate = useNavigate();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const outcome = useOutcome(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(outcome);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (outcome.isError) return <LoadFailurePage error={outcome.error} />;
  if (strategies.isError) return <LoadFailurePage error={strategies.error} />;
  if (area.isPending || me.isPending || strategies.isPending || !opened) return <LoadingPage />;
  if (!me.data.canEdit) return <ForbiddenPage heading="You cannot change outcomes" />;

  const detailHref = outcomePath(areaCode, id);
  return (
    <Page backLink={detailHref}>
      <OutcomeForm
        key={opened.record.id}
        areaCode={areaCode}
        strategies={strategies.data.map((strategy) => ({ id: strategy.id, title: strategy.title }))}
        existing={opened}
        caption={area.data.name}
        heading="Edit outcome"
        cancelHref={detailHref}
        onSaved={(saved) => navigate(outcomePath(areaCode, saved.record.id), { state: { message: 'Outcome saved' } satisfies RecordPageState })}
      />
    </Page>
  );
}

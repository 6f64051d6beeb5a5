import { useNavigate, useParams } from 'react-router-dom';
import { outcomeOptions, priorityOptions } from '@/app/link-options';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useOutcomes } from '@/features/outcome/api/get-outcomes';
import { usePriorities } from '@/features/priority/api/get-priorities';
import { useService } from '@/features/service/api/get-service';
import { ServiceForm } from '@/features/service/components/service-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { servicePath } from '@/lib/paths';

export function ServiceEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigate = useNavigate();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const priorities = usePriorities(areaCode, { includeArchived: true });
  const outcomes = useOutcomes(areaCode, { includeArchived: true });
  const service = useService(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(service);

  const failed = [area, me, service, strategies, priorities, outcomes].find((query) => query.isError);
  if (failed) return <LoadFailurePage error={failed.error} />;
  if (!area.data || !me.data || !strategies.data || !priorities.data || !outcomes.data || !opened) return <LoadingPage />;
  if (!me.data.canEdit) return <ForbiddenPage heading="You cannot change services" />;

  const detailHref = servicePath(areaCode, id);
  return (
    <Page backLink={detailHref}>
      <ServiceForm
        key={opened.record.id}
        areaCode={areaCode}
        priorities={priorityOptions(priorities.data.items, strategies.data)}
        outcomes={outcomeOptions(outcomes.data.items, strategies.data)}
        existing={opened}
        caption={area.data.name}
        heading="Edit service"
        cancelHref={detailHref}
        onSaved={(saved) => navigate(servicePath(areaCode, saved.record.id), { state: { message: 'Service saved' } satisfies RecordPageState })}
      />
    </Page>
  );
}

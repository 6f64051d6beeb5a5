import { useNavigate, useParams } from 'react-router-dom';
import { outcomeOptions, priorityOptions } from '@/app/link-options';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useOutcomes } from '@/features/outcome/api/get-outcomes';
import { usePriorities } from '@/features/priority/api/get-priorities';
import { ServiceForm } from '@/features/service/components/service-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { servicePath, servicesPath } from '@/lib/paths';

export function ServiceNewRoute() {
  const { areaCode = '' } = useParams();
  const navigate = useNavigate();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const priorities = usePriorities(areaCode, { includeArchived: true });
  const outcomes = useOutcomes(areaCode, { includeArchived: true });

  const failed = [area, me, strategies, priorities, outcomes].find((query) => query.isError);
  if (failed) return <LoadFailurePage error={failed.error} />;
  if (!area.data || !me.data || !strategies.data || !priorities.data || !outcomes.data) return <LoadingPage />;
  if (!me.data.canEdit) return <ForbiddenPage heading="You cannot add services" />;

  return (
    <Page backLink={servicesPath(areaCode)}>
      <ServiceForm
        areaCode={areaCode}
        priorities={priorityOptions(priorities.data.items, strategies.data)}
        outcomes={outcomeOptions(outcomes.data.items, strategies.data)}
        caption={area.data.name}
        heading="Add a service"
        cancelHref={servicesPath(areaCode)}
        onSaved={(saved) =>
          navigate(servicePath(areaCode, saved.record.id), { state: { message: 'Service added' } satisfies RecordPageState })
        }
      />
    </Page>
  );
}

import { useNavigate, useParams } from 'react-router-dom';
import { priorityOptions, serviceOptions } from '@/app/link-options';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { useArea } from '@/features/area/api/get-area';
import { CoproductionForm } from '@/features/coproduction/components/coproduction-form';
import { useMe } from '@/features/me/api/get-me';
import { usePriorities } from '@/features/priority/api/get-priorities';
import { useServices } from '@/features/service/api/get-services';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { coproductionListPath, coproductionPath } from '@/lib/paths';

export function CoproductionNewRoute() {
  const { areaCode = '' } = useParams();
  const navigate = useNavigate();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const priorities = usePriorities(areaCode, { includeArchived: true });
  const services = useServices(areaCode, { includeArchived: true });

  const failed = [area, me, strategies, priorities, services].find((query) => query.isError);
  if (failed) return <LoadFailurePage error={failed.error} />;
  if (!area.data || !me.data || !strategies.data || !priorities.data || !services.data) return <LoadingPage />;
  if (!me.data.canEdit) return <ForbiddenPage heading="You cannot add co-production records" />;

  return (
    <Page backLink={coproductionListPath(areaCode)}>
      <CoproductionForm
        areaCode={areaCode}
        priorities={priorityOptions(priorities.data.items, strategies.data)}
        services={serviceOptions(services.data.items)}
        caption={area.data.name}
        heading="Add a co-production record"
        cancelHref={coproductionListPath(areaCode)}
        onSaved={(saved) =>
          navigate(coproductionPath(areaCode, saved.record.id), {
            state: { message: 'Co-production record added' } satisfies RecordPageState,
          })
        }
      />
    </Page>
  );
}

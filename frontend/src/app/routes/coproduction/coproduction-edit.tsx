import { useNavigate, useParams } from 'react-router-dom';
import { priorityOptions, serviceOptions } from '@/app/link-options';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useArea } from '@/features/area/api/get-area';
import { useCoproduction } from '@/features/coproduction/api/get-coproduction';
import { CoproductionForm } from '@/features/coproduction/components/coproduction-form';
import { useMe } from '@/features/me/api/get-me';
import { usePriorities } from '@/features/priority/api/get-priorities';
import { useServices } from '@/features/service/api/get-services';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { coproductionPath } from '@/lib/paths';

export function CoproductionEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigate = useNavigate();
  const area = useArea(areaCode);
  const me = useMe();
  const strategies = useStrategies(areaCode);
  const priorities = usePriorities(areaCode, { includeArchived: true });
  const services = useServices(areaCode, { includeArchived: true });
  const record = useCoproduction(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(record);

  const failed = [area, me, record, strategies, priorities, services].find((query) => query.isError);
  if (failed) return <LoadFailurePage error={failed.error} />;
  if (!area.data || !me.data || !strategies.data || !priorities.data || !services.data || !opened) return <LoadingPage />;
  if (!me.data.canEdit) return <ForbiddenPage heading="You cannot change co-production records" />;

  const detailHref = coproductionPath(areaCode, id);
  return (
    <Page backLink={detailHref}>
      <CoproductionForm
        key={opened.record.id}
        areaCode={areaCode}
        priorities={priorityOptions(priorities.data.items, strategies.data)}
        services={serviceOptions(services.data.items)}
        existing={opened}
        caption={area.data.name}
        heading="Edit co-production record"
        cancelHref={detailHref}
        onSaved={(saved) =>
          navigate(coproductionPath(areaCode, saved.record.id), {
            state: { message: 'Co-production record saved' } satisfies RecordPageState,
          })
        }
      />
    </Page>
  );
}

import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useArea } from '@/features/area/api/get-area';
import { useCoproduction } from '@/features/coproduction/api/get-coproduction';
import { CoproductionForm } from '@/features/coproduction/components/coproduction-form';
import { usePriorities } from '@/features/priority/api/get-priorities';
import { priorityOptions } from '@/features/priority/utils/link-options';
import { useServices } from '@/features/service/api/get-services';
import { serviceOptions } from '@/features/service/utils/link-options';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { coproductionPath } from '@/lib/paths';

export function CoproductionEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const record = useCoproduction(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(record);
  const strategies = useStrategies(areaCode);
  const priorities = usePriorities(areaCode, { includeArchived: true });
  const services = useServices(areaCode, { includeArchived: true });
  const detailHref = coproductionPath(areaCode, id);

  return (
    <FormPage
      loads={[area, record, strategies, priorities, services, { data: opened }]}
      forbidden={{ heading: 'You cannot change co-production records' }}
      backLink={detailHref}
    >
      {(areaData, _record, strategyList, priorityList, serviceList, existing) => (
        <CoproductionForm
          key={existing.record.id}
          areaCode={areaCode}
          priorities={priorityOptions(priorityList.items, strategyList)}
          services={serviceOptions(serviceList.items)}
          existing={existing}
          caption={areaData.name}
          heading="Edit co-production record"
          cancelHref={detailHref}
          onSaved={(saved) => navigateWithMessage(coproductionPath(areaCode, saved.record.id), 'Co-production record saved')}
        />
      )}
    </FormPage>
  );
}

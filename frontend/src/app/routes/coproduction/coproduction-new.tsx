import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useArea } from '@/features/area/api/get-area';
import { CoproductionForm } from '@/features/coproduction/components/coproduction-form';
import { usePriorities } from '@/features/priority/api/get-priorities';
import { priorityOptions } from '@/features/priority/utils/link-options';
import { useServices } from '@/features/service/api/get-services';
import { serviceOptions } from '@/features/service/utils/link-options';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { coproductionListPath, coproductionPath } from '@/lib/paths';

export function CoproductionNewRoute() {
  const { areaCode = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const strategies = useStrategies(areaCode);
  const priorities = usePriorities(areaCode, { includeArchived: true });
  const services = useServices(areaCode, { includeArchived: true });

  return (
    <FormPage
      loads={[area, strategies, priorities, services]}
      forbidden={{ heading: 'You cannot add co-production records' }}
      backLink={coproductionListPath(areaCode)}
    >
      {(areaData, strategyList, priorityList, serviceList) => (
        <CoproductionForm
          areaCode={areaCode}
          priorities={priorityOptions(priorityList.items, strategyList)}
          services={serviceOptions(serviceList.items)}
          caption={areaData.name}
          heading="Add a co-production record"
          cancelHref={coproductionListPath(areaCode)}
          onSaved={(saved) => navigateWithMessage(coproductionPath(areaCode, saved.record.id), 'Co-production record added')}
        />
      )}
    </FormPage>
  );
}

import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useArea } from '@/features/area/api/get-area';
import { useOutcomes } from '@/features/outcome/api/get-outcomes';
import { outcomeOptions } from '@/features/outcome/utils/link-options';
import { usePriorities } from '@/features/priority/api/get-priorities';
import { priorityOptions } from '@/features/priority/utils/link-options';
import { ServiceForm } from '@/features/service/components/service-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { servicePath, servicesPath } from '@/lib/paths';

export function ServiceNewRoute() {
  const { areaCode = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const strategies = useStrategies(areaCode);
  const priorities = usePriorities(areaCode, { includeArchived: true });
  const outcomes = useOutcomes(areaCode, { includeArchived: true });

  return (
    <FormPage loads={[area, strategies, priorities, outcomes]} forbidden={{ heading: 'You cannot add services' }} backLink={servicesPath(areaCode)}>
      {(areaData, strategyList, priorityList, outcomeList) => (
        <ServiceForm
          areaCode={areaCode}
          priorities={priorityOptions(priorityList.items, strategyList)}
          outcomes={outcomeOptions(outcomeList.items, strategyList)}
          caption={areaData.name}
          heading="Add a service"
          cancelHref={servicesPath(areaCode)}
          onSaved={(saved) => navigateWithMessage(servicePath(areaCode, saved.record.id), 'Service added')}
        />
      )}
    </FormPage>
  );
}

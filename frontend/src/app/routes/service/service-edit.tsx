import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useArea } from '@/features/area/api/get-area';
import { useOutcomes } from '@/features/outcome/api/get-outcomes';
import { outcomeOptions } from '@/features/outcome/utils/link-options';
import { usePriorities } from '@/features/priority/api/get-priorities';
import { priorityOptions } from '@/features/priority/utils/link-options';
import { useService } from '@/features/service/api/get-service';
import { ServiceForm } from '@/features/service/components/service-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { servicePath } from '@/lib/paths';

export function ServiceEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const service = useService(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(service);
  const strategies = useStrategies(areaCode);
  const priorities = usePriorities(areaCode, { includeArchived: true });
  const outcomes = useOutcomes(areaCode, { includeArchived: true });
  const detailHref = servicePath(areaCode, id);

  return (
    <FormPage
      loads={[area, service, strategies, priorities, outcomes, { data: opened }]}
      forbidden={{ heading: 'You cannot change services' }}
      backLink={detailHref}
    >
      {(areaData, _service, strategyList, priorityList, outcomeList, existing) => (
        <ServiceForm
          key={existing.record.id}
          areaCode={areaCode}
          priorities={priorityOptions(priorityList.items, strategyList)}
          outcomes={outcomeOptions(outcomeList.items, strategyList)}
          existing={existing}
          caption={areaData.name}
          heading="Edit service"
          cancelHref={detailHref}
          onSaved={(saved) => navigateWithMessage(servicePath(areaCode, saved.record.id), 'Service saved')}
        />
      )}
    </FormPage>
  );
}

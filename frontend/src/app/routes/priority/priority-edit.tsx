import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useArea } from '@/features/area/api/get-area';
import { useOutcomes } from '@/features/outcome/api/get-outcomes';
import { outcomeOptions } from '@/features/outcome/utils/link-options';
import { usePriority } from '@/features/priority/api/get-priority';
import { PriorityForm } from '@/features/priority/components/priority-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { priorityPath } from '@/lib/paths';

export function PriorityEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const strategies = useStrategies(areaCode);
  const outcomes = useOutcomes(areaCode, { includeArchived: true });
  const priority = usePriority(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(priority);
  const detailHref = priorityPath(areaCode, id);

  return (
    <FormPage
      loads={[area, priority, strategies, outcomes, { data: opened }]}
      forbidden={{ heading: 'You cannot change priorities' }}
      backLink={detailHref}
    >
      {(areaData, _priority, strategyList, outcomeList, existing) => (
        <PriorityForm
          key={existing.record.id}
          areaCode={areaCode}
          areaName={areaData.name}
          strategies={strategyList}
          outcomes={outcomeOptions(outcomeList.items, strategyList)}
          existing={existing}
          caption={areaData.name}
          heading="Edit priority"
          cancelHref={detailHref}
          onSaved={(saved) => navigateWithMessage(priorityPath(areaCode, saved.record.id), 'Priority saved')}
        />
      )}
    </FormPage>
  );
}

import { useParams, useSearchParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useArea } from '@/features/area/api/get-area';
import { useOutcomes } from '@/features/outcome/api/get-outcomes';
import { outcomeOptions } from '@/features/outcome/utils/link-options';
import { PriorityForm } from '@/features/priority/components/priority-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { areaPath, areaStrategyPath, priorityPath } from '@/lib/paths';

export function PriorityNewRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const strategies = useStrategies(areaCode);
  const outcomes = useOutcomes(areaCode, { includeArchived: true });
  const requested = searchParams.get('strategy') ?? undefined;
  const areaHref = requested ? areaStrategyPath(areaCode, requested) : areaPath(areaCode);

  return (
    <FormPage loads={[area, strategies, outcomes]} forbidden={{ heading: 'You cannot add priorities' }} backLink={areaHref}>
      {(areaData, strategyList, outcomeList) => (
        <PriorityForm
          areaCode={areaCode}
          areaName={areaData.name}
          strategies={strategyList}
          outcomes={outcomeOptions(outcomeList.items, strategyList)}
          defaultStrategyId={strategyList.some((strategy) => strategy.id === requested) ? requested : undefined}
          caption={areaData.name}
          heading="Add a priority"
          cancelHref={areaHref}
          onSaved={(saved) => navigateWithMessage(priorityPath(areaCode, saved.record.id), 'Priority added')}
        />
      )}
    </FormPage>
  );
}

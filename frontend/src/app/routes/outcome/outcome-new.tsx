import { useParams, useSearchParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useArea } from '@/features/area/api/get-area';
import { OutcomeForm } from '@/features/outcome/components/outcome-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { outcomePath, outcomesPath } from '@/lib/paths';

export function OutcomeNewRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const strategies = useStrategies(areaCode);
  const requested = searchParams.get('strategy') ?? undefined;

  return (
    <FormPage loads={[area, strategies]} forbidden={{ heading: 'You cannot add outcomes' }} backLink={outcomesPath(areaCode)}>
      {(areaData, strategyList) => (
        <OutcomeForm
          areaCode={areaCode}
          strategies={strategyList}
          defaultStrategyId={strategyList.some((strategy) => strategy.id === requested) ? requested : undefined}
          caption={areaData.name}
          heading="Add an outcome"
          cancelHref={outcomesPath(areaCode)}
          onSaved={(saved) => navigateWithMessage(outcomePath(areaCode, saved.record.id), 'Outcome added')}
        />
      )}
    </FormPage>
  );
}

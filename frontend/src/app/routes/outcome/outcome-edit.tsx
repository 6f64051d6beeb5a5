import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useArea } from '@/features/area/api/get-area';
import { useOutcome } from '@/features/outcome/api/get-outcome';
import { OutcomeForm } from '@/features/outcome/components/outcome-form';
import { useStrategies } from '@/features/strategy/api/get-strategies';
import { outcomePath } from '@/lib/paths';

export function OutcomeEditRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const strategies = useStrategies(areaCode);
  const outcome = useOutcome(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(outcome);
  const detailHref = outcomePath(areaCode, id);

  return (
    <FormPage loads={[area, outcome, strategies, { data: opened }]} forbidden={{ heading: 'You cannot change outcomes' }} backLink={detailHref}>
      {(areaData, _outcome, strategyList, existing) => (
        <OutcomeForm
          key={existing.record.id}
          areaCode={areaCode}
          strategies={strategyList}
          existing={existing}
          caption={areaData.name}
          heading="Edit outcome"
          cancelHref={detailHref}
          onSaved={(saved) => navigateWithMessage(outcomePath(areaCode, saved.record.id), 'Outcome saved')}
        />
      )}
    </FormPage>
  );
}

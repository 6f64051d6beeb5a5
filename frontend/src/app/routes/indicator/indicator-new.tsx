import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { IndicatorForm } from '@/features/indicator/components/indicator-form';
import { indicatorCataloguePath, indicatorPath } from '@/lib/paths';

/** Only administrators manage the indicator catalogue. */
export const indicatorFormForbidden = { reason: 'Only administrators manage the indicator catalogue.' };

export function IndicatorNewRoute() {
  const navigateWithMessage = useNavigateWithMessage();
  return (
    <FormPage
      loads={[]}
      may={(me) => me.isAdmin}
      forbidden={{ heading: 'You cannot add indicators', ...indicatorFormForbidden }}
      backLink={indicatorCataloguePath}
    >
      {() => (
        <IndicatorForm
          heading="Add an indicator"
          cancelHref={indicatorCataloguePath}
          onSaved={(saved) => navigateWithMessage(indicatorPath(saved.record.code), 'Indicator added')}
        />
      )}
    </FormPage>
  );
}

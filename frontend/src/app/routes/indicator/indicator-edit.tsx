import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { indicatorFormForbidden } from '@/app/routes/indicator/indicator-new';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useIndicator } from '@/features/indicator/api/get-indicator';
import { IndicatorForm } from '@/features/indicator/components/indicator-form';
import { indicatorPath } from '@/lib/paths';

export function IndicatorEditRoute() {
  const { code = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const indicator = useIndicator(code, { fresh: true });
  const opened = useOpenedVersion(indicator);
  const detailHref = indicatorPath(code);

  return (
    <FormPage
      loads={[indicator, { data: opened }]}
      may={(me) => me.isAdmin}
      forbidden={{ heading: 'You cannot change indicators', ...indicatorFormForbidden }}
      backLink={detailHref}
    >
      {(_indicator, existing) => (
        <IndicatorForm
          key={existing.record.code}
          existing={existing}
          heading="Edit indicator"
          cancelHref={detailHref}
          onSaved={(saved) => navigateWithMessage(indicatorPath(saved.record.code), 'Indicator saved')}
        />
      )}
    </FormPage>
  );
}

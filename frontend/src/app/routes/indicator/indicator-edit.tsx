import { useNavigate, useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { useIndicator } from '@/features/indicator/api/get-indicator';
import { IndicatorForm } from '@/features/indicator/components/indicator-form';
import { useMe } from '@/features/me/api/get-me';
import { indicatorPath } from '@/lib/paths';

export function IndicatorEditRoute() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const indicator = useIndicator(code, { fresh: true });
  const opened = useOpenedVersion(indicator);

  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (indicator.isError) return <LoadFailurePage error={indicator.error} />;
  if (me.isPending || !opened) return <LoadingPage />;
  if (!me.data.isAdmin) return <ForbiddenPage heading="You cannot change indicators" reason="Only administrators manage the indicator catalogue." />;

  const detailHref = indicatorPath(code);
  return (
    <Page backLink={detailHref}>
      <IndicatorForm
        key={opened.record.code}
        existing={opened}
        heading="Edit indicator"
        cancelHref={detailHref}
        onSaved={(saved) => navigate(indicatorPath(saved.record.code), { state: { message: 'Indicator saved' } satisfies RecordPageState })}
      />
    </Page>
  );
}

import { useNavigate } from 'react-router-dom';
import { Page } from '@/app/page';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import type { RecordPageState } from '@/app/use-flash-message';
import { IndicatorForm } from '@/features/indicator/components/indicator-form';
import { useMe } from '@/features/me/api/get-me';
import { indicatorCataloguePath, indicatorPath } from '@/lib/paths';

export function IndicatorNewRoute() {
  const navigate = useNavigate();
  const me = useMe();

  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (me.isPending) return <LoadingPage />;
  if (!me.data.isAdmin) return <ForbiddenPage heading="You cannot add indicators" reason="Only administrators manage the indicator catalogue." />;

  return (
    <Page backLink={indicatorCataloguePath}>
      <IndicatorForm
        heading="Add an indicator"
        cancelHref={indicatorCataloguePath}
        onSaved={(saved) => navigate(indicatorPath(saved.record.code), { state: { message: 'Indicator added' } satisfies RecordPageState })}
      />
    </Page>
  );
}

import { useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useFlashMessage } from '@/app/use-flash-message';
import { useIndicator } from '@/features/indicator/api/get-indicator';
import { CatalogueEntry } from '@/features/indicator/components/catalogue-entry';
import { useMe } from '@/features/me/api/get-me';
import { indicatorCataloguePath, indicatorsPath } from '@/lib/paths';

export function IndicatorRoute() {
  const { code = '' } = useParams();
  const message = useFlashMessage();
  const me = useMe();
  const indicator = useIndicator(code);

  if (indicator.isError) return <LoadFailurePage error={indicator.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (indicator.isPending || me.isPending) return <LoadingPage />;

  return (
    <Page
      title={`${indicator.data.record.name} – Indicator catalogue`}
      breadcrumbs={[
        { text: 'Indicators', to: indicatorsPath() },
        { text: 'Indicator catalogue', to: indicatorCataloguePath },
      ]}
    >
      <CatalogueEntry key={code} versioned={indicator.data} canManage={me.data.isAdmin} initialMessage={message} />
    </Page>
  );
}

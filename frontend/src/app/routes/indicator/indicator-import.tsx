import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { CannotImportPage, ownAreaNames } from '@/app/routes/indicator/import-rights';
import { useAreas } from '@/features/area/api/get-areas';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { ImportValues } from '@/features/indicator/components/import-values';
import { useMe } from '@/features/me/api/get-me';
import { indicatorsPath } from '@/lib/paths';

/** Importing indicator values from the analysts' CSV: for editors (their areas) and admins (any area). */
export function IndicatorImportRoute() {
  const me = useMe();
  const areas = useAreas();
  const indicators = useIndicators();

  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (areas.isError) return <LoadFailurePage error={areas.error} />;
  if (me.isPending || areas.isPending) return <LoadingPage />;
  if (!me.data.canEdit) return <CannotImportPage />;

  const ownAreas = ownAreaNames(me.data.areaCodes, areas.data);
  const importsFor = me.data.isAdmin
    ? 'As an administrator, you may import values for any area.'
    : ownAreas.length > 0
      ? `You may import values for ${ownAreas.join(', ')}.`
      : 'Your account does not have any areas yet, so it cannot import values.';

  return (
    <Page breadcrumbs={[{ text: 'Indicators', to: indicatorsPath() }]}>
      <ImportValues
        importsFor={importsFor}
        names={{
          areaName: (code) => areas.data.find((area) => area.code === code)?.name,
          // Names are a courtesy: until the catalogue has loaded, codes are shown.
          indicatorName: (code) => indicators.data?.find((indicator) => indicator.code === code)?.name,
        }}
      />
    </Page>
  );
}

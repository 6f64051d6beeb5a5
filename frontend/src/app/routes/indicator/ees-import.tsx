import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { CannotImportPage, ownAreaNames } from '@/app/routes/indicator/import-rights';
import { useAreas } from '@/features/area/api/get-areas';
import { useIndicators } from '@/features/indicator/api/get-indicators';
import { EesImport } from '@/features/indicator/components/ees-import';
import { useMe } from '@/features/me/api/get-me';
import { importValuesPath, indicatorsPath } from '@/lib/paths';

/** Importing DfE's open-data CSVs from Explore Education Statistics: for editors (their areas' rows) and admins (any). */
export function EesImportRoute() {
  const me = useMe();
  const areas = useAreas();
  const indicators = useIndicators();

  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (areas.isError) return <LoadFailurePage error={areas.error} />;
  if (indicators.isError) return <LoadFailurePage error={indicators.error} />;
  if (me.isPending || areas.isPending || indicators.isPending) return <LoadingPage />;
  if (!me.data.canEdit) return <CannotImportPage />;

  const ownAreas = ownAreaNames(me.data.areaCodes, areas.data);
  const importsFor = me.data.isAdmin
    ? 'As an administrator, you may import figures for every place.'
    : ownAreas.length > 0
      ? `You may import figures for ${ownAreas.join(', ')}: only ${ownAreas.length === 1 ? 'its' : 'their'} rows of the file are read.`
      : 'Your account does not have any areas yet, so it cannot import figures.';

  return (
    <Page
      breadcrumbs={[
        { text: 'Indicators', to: indicatorsPath() },
        { text: 'Import indicator values', to: importValuesPath },
      ]}
    >
      <EesImport
        catalogue={indicators.data}
        isAdmin={me.data.isAdmin}
        importsFor={importsFor}
      />
    </Page>
  );
}

import { useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useFlashMessage } from '@/app/use-flash-message';
import { HistoryLink } from '@/components/history-link';
import { useArea } from '@/features/area/api/get-area';
import { useCoproduction } from '@/features/coproduction/api/get-coproduction';
import { CoproductionDetails } from '@/features/coproduction/components/coproduction-details';
import { useMe } from '@/features/me/api/get-me';
import { areaPath, coproductionListPath, coproductionPath } from '@/lib/paths';

export function CoproductionRoute() {
  const { areaCode = '', id = '' } = useParams();
  const message = useFlashMessage();
  const area = useArea(areaCode);
  const me = useMe();
  const record = useCoproduction(areaCode, id);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (record.isError) return <LoadFailurePage error={record.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (area.isPending || record.isPending || me.isPending) return <LoadingPage />;

  return (
    <Page
      title={record.data.record.title}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
        { text: 'Co-production', to: coproductionListPath(areaCode) },
      ]}
    >
      <CoproductionDetails
        key={record.data.record.id}
        areaCode={areaCode}
        versioned={record.data}
        canEdit={me.data.canEdit}
        initialMessage={message}
      />
      <HistoryLink recordPath={coproductionPath(areaCode, record.data.record.id)} />
    </Page>
  );
}

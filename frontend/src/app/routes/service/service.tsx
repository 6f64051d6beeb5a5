import { Link, useParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { useFlashMessage } from '@/app/use-flash-message';
import { HistoryLink } from '@/components/history-link';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { ServiceDecisions } from '@/features/decision/components/service-decisions';
import { useService } from '@/features/service/api/get-service';
import { LocalOfferPreview } from '@/features/service/components/local-offer-preview';
import { ServiceDetails } from '@/features/service/components/service-details';
import { areaPath, servicePath, servicesPath, tracePath } from '@/lib/paths';

export function ServiceRoute() {
  const { areaCode = '', id = '' } = useParams();
  const message = useFlashMessage();
  const area = useArea(areaCode);
  const me = useMe();
  const service = useService(areaCode, id);

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (service.isError) return <LoadFailurePage error={service.error} />;
  if (me.isError) return <LoadFailurePage error={me.error} />;
  if (area.isPending || service.isPending || me.isPending) return <LoadingPage />;

  return (
    <Page
      title={service.data.record.name}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
        { text: 'Services register', to: servicesPath(areaCode) },
      ]}
    >
      <ServiceDetails
        key={service.data.record.id}
        areaCode={areaCode}
        versioned={service.data}
        canEdit={me.data.canEdit}
        initialMessage={message}
      />
      <LocalOfferPreview areaCode={areaCode} service={service.data.record} />
      <ServiceDecisions areaCode={areaCode} serviceId={service.data.record.id} serviceName={service.data.record.name} canEdit={me.data.canEdit} />
      <p className="govuk-body">
        <Link className="govuk-link" to={tracePath(areaCode, 'service', service.data.record.id)}>
          Trace from need to voice
        </Link>
      </p>
      <HistoryLink recordPath={servicePath(areaCode, service.data.record.id)} />
    </Page>
  );
}

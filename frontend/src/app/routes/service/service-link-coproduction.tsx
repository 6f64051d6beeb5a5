import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { LinkRecordsForm } from '@/components/link-records-form';
import { useArea } from '@/features/area/api/get-area';
import { useAllCoproduction } from '@/features/coproduction/api/get-coproduction-list';
import { coproductionOptions } from '@/features/coproduction/utils/link-options';
import { getService, useService } from '@/features/service/api/get-service';
import { useLinkServiceCoproduction } from '@/features/service/api/link-service-coproduction';
import type { VersionedService } from '@/features/service/types';
import { servicePath } from '@/lib/paths';

function linkedIds(service: VersionedService) {
  return { ids: (service.record.linked?.coproduction ?? []).map((record) => record.id), etag: service.etag };
}

/** The co-production that shaped a service, chosen from the service's side. */
export function ServiceLinkCoproductionRoute() {
  const { areaCode = '', id = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const service = useService(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(service);
  const coproduction = useAllCoproduction(areaCode, { includeArchived: true });
  const link = useLinkServiceCoproduction(areaCode, id);
  const detailHref = servicePath(areaCode, id);

  return (
    <FormPage loads={[area, { data: opened }, coproduction]} forbidden={{ heading: 'You cannot change services' }} backLink={detailHref}>
      {(areaData, existing, records) => (
        <LinkRecordsForm
          key={existing.record.id}
          caption={`${areaData.name}: ${existing.record.name}`}
          heading="Link co-production"
          noun="co-production records"
          none="This area has no co-production records yet. Record what children, young people and families told you first."
          options={coproductionOptions(records.items)}
          opened={linkedIds(existing)}
          save={(ids, etag) => link.mutateAsync({ ids, etag })}
          reload={async () => linkedIds(await getService(areaCode, id))}
          onSaved={() => navigateWithMessage(detailHref, 'Co-production linked')}
          cancelHref={detailHref}
        />
      )}
    </FormPage>
  );
}

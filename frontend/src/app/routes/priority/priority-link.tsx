import { useParams } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { useNavigateWithMessage } from '@/app/use-flash-message';
import { useOpenedVersion } from '@/app/use-opened-version';
import { LinkRecordsForm } from '@/components/link-records-form';
import { useArea } from '@/features/area/api/get-area';
import { useAllCoproduction } from '@/features/coproduction/api/get-coproduction-list';
import { coproductionOptions } from '@/features/coproduction/utils/link-options';
import { useLinkPriority } from '@/features/priority/api/link-priority-records';
import { getPriority, usePriority } from '@/features/priority/api/get-priority';
import type { VersionedPriority } from '@/features/priority/types';
import { useServices } from '@/features/service/api/get-services';
import { serviceOptions } from '@/features/service/utils/link-options';
import { priorityPath } from '@/lib/paths';

const words = {
  services: { heading: 'Link services', noun: 'services', none: 'This area has no services yet. Add them to the services register first.', saved: 'Services linked' },
  coproduction: {
    heading: 'Link co-production',
    noun: 'co-production records',
    none: 'This area has no co-production records yet. Record what children, young people and families told you first.',
    saved: 'Co-production linked',
  },
} as const;

function linkedIds(priority: VersionedPriority, kind: 'services' | 'coproduction') {
  return { ids: (priority.record.linked?.[kind] ?? []).map((record) => record.id), etag: priority.etag };
}

/** The services that deliver a priority, or the co-production that shaped it, chosen from the priority's side. */
export function PriorityLinkRoute({ kind }: { kind: 'services' | 'coproduction' }) {
  const { areaCode = '', id = '' } = useParams();
  const navigateWithMessage = useNavigateWithMessage();
  const area = useArea(areaCode);
  const priority = usePriority(areaCode, id, { fresh: true });
  const opened = useOpenedVersion(priority);
  const services = useServices(areaCode, { includeArchived: true });
  const coproduction = useAllCoproduction(areaCode, { includeArchived: true });
  const link = useLinkPriority(areaCode, id, kind);
  const detailHref = priorityPath(areaCode, id);
  const text = words[kind];

  return (
    <FormPage
      loads={[area, { data: opened }, kind === 'services' ? services : coproduction]}
      forbidden={{ heading: 'You cannot change priorities' }}
      backLink={detailHref}
    >
      {(areaData, existing) => (
        <LinkRecordsForm
          key={existing.record.id}
          caption={`${areaData.name}: ${existing.record.title}`}
          heading={text.heading}
          noun={text.noun}
          none={text.none}
          options={kind === 'services' ? serviceOptions(services.data?.items ?? []) : coproductionOptions(coproduction.data?.items ?? [])}
          opened={linkedIds(existing, kind)}
          save={(ids, etag) => link.mutateAsync({ ids, etag })}
          reload={async () => linkedIds(await getPriority(areaCode, id), kind)}
          onSaved={() => navigateWithMessage(detailHref, text.saved)}
          cancelHref={detailHref}
        />
      )}
    </FormPage>
  );
}

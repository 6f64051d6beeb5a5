import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { RecordHeader } from '@/components/record-header';
import { useArchiveIndicator } from '@/features/indicator/api/archive-indicator';
import { indicatorQueryKey } from '@/features/indicator/api/get-indicator';
import { useRestoreIndicator } from '@/features/indicator/api/restore-indicator';
import { IndicatorDetails } from '@/features/indicator/components/indicator-views';
import type { VersionedIndicator } from '@/features/indicator/types';
import { editPath, indicatorPath, indicatorsPath } from '@/lib/paths';
import { useArchiveRestore } from '@/lib/use-archive-restore';

/** An indicator of the catalogue, with edit, archive and restore for those who manage the catalogue. */
export function CatalogueEntry({
  versioned,
  canManage,
  initialMessage,
}: {
  versioned: VersionedIndicator;
  canManage: boolean;
  initialMessage?: string;
}) {
  const { record: indicator, etag } = versioned;
  const archive = useArchiveIndicator();
  const restore = useRestoreIndicator();
  const actions = useArchiveRestore({
    noun: 'indicator',
    archive: () => archive.mutateAsync({ code: indicator.code, etag }),
    restore: () => restore.mutateAsync(indicator.code),
    recordKey: indicatorQueryKey(indicator.code),
    initialMessage,
  });

  return (
    <>
      <RecordHeader
        caption="Indicator"
        title={indicator.name}
        tags={
          indicator.archived && (
            <>
              <p className="govuk-body">
                <ArchivedTag />
              </p>
              <p className="govuk-body">It is no longer offered in the explorer. Its values are kept.</p>
            </>
          )
        }
        noun="indicator"
        archived={indicator.archived}
        editHref={editPath(indicatorPath(indicator.code))}
        canEdit={canManage}
        actions={actions}
      />
      <IndicatorDetails indicator={indicator} />
      {!indicator.archived && (
        <p className="govuk-body">
          <Link className="govuk-link" to={indicatorsPath({ indicator: indicator.code })}>
            Explore its values
          </Link>
        </p>
      )}
    </>
  );
}

import type { ReactNode } from 'react';
import { ChangeControls, RecordNotices } from '@/components/record-controls';
import type { ActionFailure } from '@/lib/use-archive-restore';

/** What the details on a record's page take: the record with its ETag, and whether the user may change it. */
export type RecordDetailsProps<V> = { areaCode: string; versioned: V; canEdit: boolean; initialMessage?: string };

/**
 * The top of a record's page: what was just done to it (or what went wrong), its caption and
 * title, its tags, and Edit and Archive (or Restore) for users who may change it.
 */
export function RecordHeader({
  caption,
  title,
  tags,
  noun,
  archived,
  editHref,
  canEdit,
  actions,
}: {
  caption: ReactNode;
  title: string;
  /** Its status and whether it is archived, as the page shows them. */
  tags?: ReactNode;
  /** Completes the buttons' names for screen readers: "Edit service". */
  noun: string;
  archived: boolean;
  editHref: string;
  canEdit: boolean;
  /** From `useArchiveRestore`. */
  actions: { message: string | undefined; failure: ActionFailure | undefined; onArchive: () => void; onRestore: () => void };
}) {
  return (
    <>
      <RecordNotices message={actions.message} failure={actions.failure} />
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {tags}
      {canEdit && (
        <ChangeControls noun={noun} archived={archived} editHref={editHref} onArchive={actions.onArchive} onRestore={actions.onRestore} />
      )}
    </>
  );
}

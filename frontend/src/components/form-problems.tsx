import type { ReactNode } from 'react';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/govuk/error-summary';
import { SummaryList, type SummaryListRow } from '@/components/govuk/summary-list';
import type { ApiError } from '@/lib/api-client';

type SavedVersion = { rows: SummaryListRow[] } | undefined;

/**
 * Shown when saving failed because someone else saved the record first. The form below keeps
 * everything the user typed; here they see the saved version and choose which one wins.
 */
export function ConflictPanel({
  noun,
  saved,
  attempt,
  canOverwrite,
  onOverwrite,
  onDiscard,
}: {
  /** What the record is called in a sentence, e.g. "priority" or "co-production record". */
  noun: string;
  saved: SavedVersion;
  attempt: number;
  canOverwrite: boolean;
  onOverwrite: () => void;
  onDiscard: () => void;
}) {
  return (
    <>
      <ErrorSummary title={`Someone else has changed this ${noun}`} focusKey={attempt}>
        <p className="govuk-body">
          Someone else saved changes to this {noun} after you opened it, so your changes have not been saved yet.
          Your changes are still in the form below.
        </p>
        <p className="govuk-body">
          Compare them with the saved version, then choose to overwrite it with your changes or to discard your changes.
        </p>
      </ErrorSummary>
      {saved && (
        <section aria-labelledby="saved-version-heading" className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id="saved-version-heading">
            The saved version
          </h2>
          <SummaryList rows={saved.rows} />
        </section>
      )}
      <ButtonGroup>
        {canOverwrite && (
          <Button variant="warning" onClick={onOverwrite}>
            Overwrite with my changes
          </Button>
        )}
        <Button variant="secondary" onClick={onDiscard}>
          Discard my changes
        </Button>
      </ButtonGroup>
    </>
  );
}

/** What went wrong with the last save: a conflict, the fields to fix, or a failure of the service. */
export function FormProblems({
  conflict,
  errors,
  failure,
  attempt,
}: {
  /** The conflict panel, when there is a conflict; it replaces the other messages. */
  conflict?: ReactNode;
  errors: ErrorSummaryItem[];
  failure: ApiError | undefined;
  attempt: number;
}) {
  if (conflict) return <>{conflict}</>;
  return (
    <>
      {errors.length > 0 && <ErrorSummary items={errors} focusKey={attempt} />}
      {failure && (
        <ErrorSummary title={failure.status === 0 ? failure.title : 'Your changes have not been saved'} focusKey={attempt}>
          <p className="govuk-body">{failure.status === 0 ? failure.detail : failure.detail ?? failure.title}</p>
        </ErrorSummary>
      )}
    </>
  );
}

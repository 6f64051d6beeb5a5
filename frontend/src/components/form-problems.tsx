import type { ReactNode } from 'react';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/govuk/error-summary';
import { SummaryList, type SummaryListRow } from '@/components/govuk/summary-list';
import { Radios } from '@/components/govuk/radios';
import type { ApiError } from '@/lib/api-client';
import type { Merge } from '@/lib/record-merge';

/** How the user's changes meet the saved version's, with the choice of each field both changed. */
export type MergeView = {
  merge: Merge<Record<string, unknown>>;
  mine: Record<string, unknown>;
  theirs: Record<string, unknown>;
  sides: Record<string, 'mine' | 'theirs' | undefined>;
  unsettled: string[];
  labelOf: (field: string) => string;
  /** A field's value in the words the form uses for it. */
  inWords: (field: string, value: unknown) => string;
  onChoose: (field: string, side: 'mine' | 'theirs') => void;
  onSave: () => void;
};

const clashId = (field: string) => `keep-${field}`;

function ChangedFields({
  heading,
  fields,
  values,
  labelOf,
  inWords,
}: {
  heading: string;
  fields: string[];
  values: Record<string, unknown>;
  labelOf: (field: string) => string;
  inWords: (field: string, value: unknown) => string;
}) {
  if (fields.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-s">{heading}</h3>
      <dl className="govuk-summary-list">
        {fields.map((field) => (
          <div className="govuk-summary-list__row" key={field}>
            <dt className="govuk-summary-list__key">{labelOf(field)}</dt>
            <dd className="govuk-summary-list__value sendhub-pre-line">{inWords(field, values[field])}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * Someone else saved the record after the user opened it: their changes and the user's, field by
 * field. Fields only one side changed are kept as that side left them; the user chooses, for each
 * field both changed, which version to keep, then saves against the saved version.
 */
export function MergePanel({
  noun,
  attempt,
  view,
  onOverwrite,
  onDiscard,
}: {
  noun: string;
  attempt: number;
  view: MergeView;
  onOverwrite: () => void;
  onDiscard: () => void;
}) {
  const { merge, mine, theirs, sides, unsettled, labelOf, inWords, onChoose, onSave } = view;
  return (
    <>
      <ErrorSummary
        title={`Someone else has changed this ${noun}`}
        focusKey={attempt}
        items={unsettled.map((field) => ({ text: `Choose which version of ${labelOf(field).toLowerCase()} to keep`, href: `#${clashId(field)}` }))}
      >
        <p className="govuk-body">
          Someone else saved changes to this {noun} after you opened it, so your changes have not been saved yet. Below are their changes and yours.
          {merge.clashes.length > 0
            ? ' You both changed the fields at the end: choose which version of each to keep, then save.'
            : ' You did not change the same fields, so both sets of changes can be kept: check them, then save.'}
        </p>
      </ErrorSummary>
      <section aria-labelledby="merge-heading" className="govuk-!-margin-bottom-6">
        <h2 className="govuk-heading-m" id="merge-heading">
          What changed since you opened it
        </h2>
        <ChangedFields heading="Their changes, which will be kept" fields={merge.theirsOnly} values={theirs} labelOf={labelOf} inWords={inWords} />
        <ChangedFields heading="Your changes, which will be kept" fields={merge.mineOnly} values={mine} labelOf={labelOf} inWords={inWords} />
        {merge.clashes.map((field) => (
          <Radios
            key={field}
            id={clashId(field)}
            legend={`${labelOf(field)}: you both changed it`}
            legendSize="s"
            error={unsettled.includes(field) ? `Choose which version of ${labelOf(field).toLowerCase()} to keep` : undefined}
            value={sides[field] ?? ''}
            onChange={(side) => onChoose(field, side as 'mine' | 'theirs')}
            items={[
              { value: 'mine', label: 'Keep mine', hint: <span className="sendhub-pre-line">{inWords(field, mine[field])}</span> },
              { value: 'theirs', label: 'Keep theirs', hint: <span className="sendhub-pre-line">{inWords(field, theirs[field])}</span> },
            ]}
          />
        ))}
        <ButtonGroup>
          <Button onClick={onSave}>{merge.clashes.length > 0 ? 'Save with these choices' : 'Save both sets of changes'}</Button>
          <Button variant="secondary" onClick={onDiscard}>
            Discard my changes
          </Button>
        </ButtonGroup>
        <p className="govuk-body">If you are sure yours should replace everything they saved:</p>
        <Button variant="warning" onClick={onOverwrite}>
          Overwrite all with my changes
        </Button>
      </section>
    </>
  );
}

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

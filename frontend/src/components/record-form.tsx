import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ConflictPanel, FormProblems, MergePanel, type MergeView } from '@/components/form-problems';
import { Button, ButtonGroup } from '@/components/govuk/button';
import type { SummaryListRow } from '@/components/govuk/summary-list';
import { useDocumentTitle } from '@/lib/use-document-title';
import { fieldInWords, type FieldWords } from '@/lib/record-merge';
import type { RecordFormState } from '@/lib/use-record-form';

/** What every record's form takes from its page: the record to change (none to add one), the words around it, and what to do once saved. */
export type RecordFormProps<V> = {
  /** The record being changed, with its ETag; none when adding one. */
  existing?: V;
  heading: string;
  /** Shown above the heading, e.g. the area's name. */
  caption?: string;
  cancelHref: string;
  onSaved: (saved: V, created: boolean) => void;
};

/**
 * An add or edit form of a record: what went wrong with the last save (or, when someone else
 * saved first, their version and the choice of which wins), the heading, the fields, Save and Cancel.
 */
export function RecordForm<V, T>({
  form,
  noun,
  savedRows,
  valueWords,
  caption,
  heading,
  submitLabel,
  cancelHref,
  children,
}: {
  form: RecordFormState<V, T>;
  /** What the record is called in a sentence, e.g. "co-production record". */
  noun: string;
  /** The saved version, as the conflict panel shows it. */
  savedRows: (saved: T) => SummaryListRow[];
  /** Each field's value in the words of the form's controls and saved rows, as the merge of a conflict shows it. */
  valueWords: FieldWords<V>;
  /** Shown above the heading, e.g. the area's name. */
  caption?: string;
  heading: string;
  submitLabel: string;
  cancelHref: string;
  /** The fields. */
  children: ReactNode;
}) {
  const { conflict, attempt } = form;
  useDocumentTitle(heading, form.hasProblems);
  return (
    <>
      <FormProblems
        conflict={
          conflict &&
          (conflict.merge && conflict.theirs && conflict.etag ? (
            <MergePanel
              noun={noun}
              attempt={attempt}
              onOverwrite={form.overwrite}
              onDiscard={form.discard}
              view={{
                merge: conflict.merge as unknown as MergeView['merge'],
                mine: form.values as Record<string, unknown>,
                theirs: conflict.theirs as Record<string, unknown>,
                sides: form.sides as MergeView['sides'],
                unsettled: form.unsettled,
                labelOf: form.labelOf,
                inWords: (field, value) => fieldInWords(valueWords, field, value),
                onChoose: (field, side) => form.choose(field as keyof V & string, side),
                onSave: form.saveMerged,
              }}
            />
          ) : (
            <ConflictPanel
              noun={noun}
              attempt={attempt}
              canOverwrite={conflict.etag !== undefined}
              onOverwrite={form.overwrite}
              onDiscard={form.discard}
              saved={conflict.current && { rows: savedRows(conflict.current) }}
            />
          ))
        }
        errors={form.errors}
        failure={form.failure}
        attempt={attempt}
      />

      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l">{heading}</h1>

      <form noValidate onSubmit={form.onSubmit}>
        {children}
        <ButtonGroup>
          <Button type="submit">{submitLabel}</Button>
          <Link className="govuk-link" to={cancelHref}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}

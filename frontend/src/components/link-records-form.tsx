import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/govuk/error-summary';
import { ApiError } from '@/lib/api-client';
import { linkChoices, type LinkOption } from '@/lib/link-choices';
import { linkChanges, mergeLinks } from '@/lib/link-merge';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The links of one kind as the page opened them, with the ETag of the record they are linked to. */
export type OpenedLinks = { ids: string[]; etag: string };

const fieldId = 'linked-records';

/** A colleague's change, met on saving: what they linked and unlinked, by name. */
type Colleague = { linked: string[]; unlinked: string[] };

function names(ids: string[], options: LinkOption[]): string {
  return ids.map((id) => options.find((option) => option.id === id)?.label ?? 'a record you cannot see').join(', ');
}

/** Why the API refused one record, in words: it left the area, or it keeps as many links as it may. */
function refusal(message: string): string {
  return message.startsWith('already keeps') ? 'it already has as many links of this kind as it may keep' : 'it is no longer a record of this area';
}

/**
 * Checkboxes of the area's records of one kind (by name), ticked for those linked to the record
 * on the page, saved all at once. If a colleague saved other links meanwhile, the user's
 * ticks and unticks are laid over theirs and the page says what they changed, to check and save again.
 */
export function LinkRecordsForm({
  caption,
  heading,
  hint,
  noun,
  none,
  options,
  opened,
  save,
  reload,
  onSaved,
  cancelHref,
}: {
  caption?: string;
  heading: string;
  hint?: string;
  /** The records offered, in the plural: "services". */
  noun: string;
  /** Said when the area has none to offer. */
  none: string;
  options: LinkOption[];
  opened: OpenedLinks;
  save: (ids: string[], etag: string) => Promise<unknown>;
  /** The links as they are saved now, after a colleague's change. */
  reload: () => Promise<OpenedLinks>;
  onSaved: () => void;
  cancelHref: string;
}) {
  const [base, setBase] = useState(opened);
  const [values, setValues] = useState(opened.ids);
  const [colleague, setColleague] = useState<Colleague>();
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  useDocumentTitle(heading, problems.length > 0);

  const labelOf = (id: string | undefined) => options.find((option) => option.id === id)?.label ?? 'A record';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setAttempt((n) => n + 1);
    try {
      await save(values, base.etag);
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        try {
          const latest = await reload();
          setColleague(linkChanges(base.ids, latest.ids));
          setValues(mergeLinks(base.ids, values, latest.ids));
          setBase(latest);
          setProblems([]);
        } catch {
          setProblems([{ text: 'A colleague changed these links, and the page could not read them again. Reload the page and try again.' }]);
        }
      } else if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setColleague(undefined);
        setProblems(
          error.fieldErrors.map((fieldError) => {
            const index = /\[(\d+)\]$/.exec(fieldError.field)?.[1];
            const record = index === undefined ? undefined : values[Number(index)];
            return record === undefined
              ? { text: `The ${noun} could not be saved: ${fieldError.message}`, href: `#${fieldId}` }
              : { text: `${labelOf(record)} cannot be linked: ${refusal(fieldError.message)}`, href: `#${fieldId}` };
          }),
        );
      } else {
        setColleague(undefined);
        const apiError = error instanceof ApiError ? error : undefined;
        setProblems([{ text: apiError ? (apiError.detail ?? apiError.title) : 'The service could not be reached. Check your connection and try again.' }]);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      {problems.length > 0 && <ErrorSummary items={problems} focusKey={attempt} />}
      {colleague && (
        <ErrorSummary title="A colleague changed these links while you were choosing" focusKey={attempt}>
          <ul className="govuk-list">
            {colleague.linked.length > 0 && <li>They linked: {names(colleague.linked, options)}.</li>}
            {colleague.unlinked.length > 0 && <li>They unlinked: {names(colleague.unlinked, options)}.</li>}
          </ul>
          <p className="govuk-body">Your ticks and unticks are kept on top of theirs. Check the list and save again.</p>
        </ErrorSummary>
      )}
      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l">{heading}</h1>
      <form noValidate onSubmit={submit}>
        <Checkboxes
          id={fieldId}
          legend={`Which ${noun} are linked?`}
          hint={hint ?? 'Select all that apply. Untick one to unlink it.'}
          error={problems.length > 0 && !colleague ? problems.map((problem) => problem.text).join('. ') : undefined}
          items={linkChoices(options, values)}
          values={values}
          onChange={setValues}
          none={none}
        />
        <ButtonGroup>
          <Button type="submit" disabled={saving}>
            Save links
          </Button>
          <Link className="govuk-link" to={cancelHref}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}

import { Button, ButtonGroup, LinkButton } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import type { ActionFailure } from '@/lib/use-archive-restore';

/** The outcome of the last thing done on a record's page: a success banner or what went wrong. */
export function RecordNotices({ message, failure }: { message: string | undefined; failure: ActionFailure | undefined }) {
  return (
    <>
      {failure && (
        <ErrorSummary title="There is a problem" focusKey={failure.attempt}>
          <p className="govuk-body">{failure.text}</p>
        </ErrorSummary>
      )}
      {message && <NotificationBanner type="success" heading={message} />}
    </>
  );
}

/** Edit and archive, or restore once archived: only for users who may change records. */
export function ChangeControls({
  noun,
  archived,
  editHref,
  onArchive,
  onRestore,
}: {
  /** Completes the buttons' names for screen readers: "Edit service". */
  noun: string;
  archived: boolean;
  editHref: string;
  onArchive: () => void;
  onRestore: () => void;
}) {
  return (
    <ButtonGroup>
      {archived ? (
        <Button variant="secondary" onClick={onRestore}>
          Restore{' '}<span className="govuk-visually-hidden">{noun}</span>
        </Button>
      ) : (
        <>
          <LinkButton variant="secondary" to={editHref}>
            Edit{' '}<span className="govuk-visually-hidden">{noun}</span>
          </LinkButton>
          <Button variant="warning" onClick={onArchive}>
            Archive{' '}<span className="govuk-visually-hidden">{noun}</span>
          </Button>
        </>
      )}
    </ButtonGroup>
  );
}

import { useEffect, useRef, useState } from 'react';
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

/**
 * Asks before archiving, for every kind of record: the Archive button opens this question in
 * place, with the focus on it; Cancel puts the focus back on the Archive button.
 */
function ArchiveConfirmation({ noun, onConfirm, onCancel }: { noun: string; onConfirm: () => void; onCancel: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="sendhub-confirm" role="group" aria-labelledby="archive-confirmation-heading">
      <h2 className="govuk-heading-m" id="archive-confirmation-heading" tabIndex={-1} ref={heading}>
        Are you sure you want to archive this {noun}?
      </h2>
      <p className="govuk-body">
        It will be left out of lists unless archived records are shown. Nothing is deleted: you can restore it from this page at any
        time.
      </p>
      <ButtonGroup>
        <Button variant="warning" onClick={onConfirm}>
          Yes, archive this {noun}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </ButtonGroup>
    </div>
  );
}

/** Edit and archive (after confirming), or restore once archived: only for users who may change records. */
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
  const [confirming, setConfirming] = useState(false);
  const controls = useRef<HTMLDivElement>(null);
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => controls.current?.querySelector<HTMLButtonElement>('.govuk-button--warning')?.focus());
  };
  if (confirming && !archived) {
    return (
      <ArchiveConfirmation
        noun={noun}
        onConfirm={() => {
          setConfirming(false);
          onArchive();
        }}
        onCancel={cancel}
      />
    );
  }
  return (
    <div ref={controls}>
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
            <Button variant="warning" onClick={() => setConfirming(true)}>
              Archive{' '}<span className="govuk-visually-hidden">{noun}</span>
            </Button>
          </>
        )}
      </ButtonGroup>
    </div>
  );
}

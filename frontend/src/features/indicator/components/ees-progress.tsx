import { Button } from '@/components/govuk/button';
import '@/features/indicator/components/ees-import.css';

export type SendProgress = {
  /** Bytes of the file sent, of all its bytes; `sent === total` once the service is reading it. */
  sent: number;
  total: number;
  /** The rows of the file, when counted. */
  rows: number | undefined;
};

const number = (n: number) => n.toLocaleString('en-GB');

/** "About 1,200 of 4,800 rows sent": bytes sent as a share of the file's rows, which is what staff count in. */
export function progressWords({ sent, total, rows }: SendProgress): string {
  const share = total > 0 ? sent / total : 0;
  if (rows === undefined) return `${Math.floor(share * 100)}% of the file sent`;
  return `About ${number(Math.round(share * rows))} of ${number(rows)} rows sent`;
}

/** A quarter at a time, for the live region: a screen reader hears how it goes without hearing every step. */
function stepWords(share: number): string {
  if (share >= 1) return 'The whole file is sent. The service is reading it.';
  if (share >= 0.75) return 'Three quarters of the file sent.';
  if (share >= 0.5) return 'Half of the file sent.';
  if (share >= 0.25) return 'A quarter of the file sent.';
  return 'Sending the file.';
}

/**
 * How far a check or an import has got: the file going up (a bar with the rows sent), then the
 * service reading it. The rest of the page stays usable; the user may stop it.
 */
export function EesProgress({ importing, progress, onCancel }: { importing: boolean; progress: SendProgress; onCancel: () => void }) {
  const share = progress.total > 0 ? Math.min(progress.sent / progress.total, 1) : 0;
  const reading = progress.total > 0 && share >= 1;
  const percent = Math.floor(share * 100);
  const label = importing ? 'Importing the file' : 'Checking the file';
  const words = reading ? 'The service is reading the file' : progressWords(progress);
  return (
    <section aria-labelledby="progress-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="progress-heading">
        {label}
      </h2>
      <div
        className={`sendhub-progress${reading ? ' sendhub-progress--reading' : ''}`}
        role="progressbar"
        aria-labelledby="progress-heading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={reading ? undefined : percent}
        aria-valuetext={words}
      >
        <div className="sendhub-progress__done" style={{ width: `${reading ? 100 : percent}%` }} />
      </div>
      <p className="govuk-body" aria-hidden="true">
        {words}
        {reading ? '…' : '.'}
      </p>
      <p className="govuk-visually-hidden" role="status">
        {stepWords(share)}
      </p>
      <p className="govuk-body">
        You can keep reading and changing this page meanwhile.
        {importing && (reading ? ' The service imports the file whole, or not at all.' : ' Until the whole file is sent, stopping imports nothing.')}
      </p>
      {/* Once the file is sent the service finishes its work whatever the page does, so stopping is offered only while sending. */}
      {!reading && (
        <Button variant="secondary" onClick={onCancel}>
          Stop {importing ? 'the import' : 'checking'}
        </Button>
      )}
    </section>
  );
}

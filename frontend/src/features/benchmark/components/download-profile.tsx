import { Button, ButtonGroup } from '@/components/govuk/button';
import { useDownloadPlaceProfile, type ProfileFormat } from '@/features/benchmark/api/download-place-profile';
import type { ConfidenceLevel } from '@/features/benchmark/types';
import { ApiError } from '@/lib/api-client';

/** The profile as CSV, for Excel, R or Power BI, and the place's series as Fingertips' tools read them. */
export function DownloadProfile({ code, placeName, confidence }: { code: string; placeName: string; confidence: ConfidenceLevel }) {
  const download = useDownloadPlaceProfile();
  const failure = download.error instanceof ApiError ? download.error.detail ?? download.error.title : download.error ? 'Try again later.' : undefined;
  const start = (format: ProfileFormat) => download.mutate({ code, confidence, format });
  return (
    <section className={`govuk-form-group${failure ? ' govuk-form-group--error' : ''}`} aria-labelledby="download-heading">
      <h2 className="govuk-heading-m" id="download-heading">
        Download
      </h2>
      <p className="govuk-body" id="download-hint">
        The profile as a CSV file, a row per indicator with the comparisons in columns (at {confidence}% confidence). Or {placeName}&apos;s
        figures over time for these indicators, in the columns of Fingertips&apos; own downloads (fingertipsR), for tools made for them.
      </p>
      {failure && (
        <p className="govuk-error-message" id="download-error" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The download failed. {failure}
        </p>
      )}
      <ButtonGroup>
        <Button
          variant="secondary"
          aria-describedby={failure ? 'download-hint download-error' : 'download-hint'}
          disabled={download.isPending}
          onClick={() => start('csv')}
        >
          Download the profile (CSV)
        </Button>
        <Button
          variant="secondary"
          aria-describedby={failure ? 'download-hint download-error' : 'download-hint'}
          disabled={download.isPending}
          onClick={() => start('fingertips')}
        >
          Download in Fingertips&apos; format (CSV)
        </Button>
      </ButtonGroup>
      {download.isSuccess && (
        <p className="govuk-body" role="status">
          Downloaded {download.data}.
        </p>
      )}
    </section>
  );
}

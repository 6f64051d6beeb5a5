import { Button } from '@/components/govuk/button';
import { useDownloadIndicatorValues } from '@/features/indicator/api/download-indicator-values';
import { csvUrl, type ValuesQuery } from '@/features/indicator/utils/selection';
import { ApiError } from '@/lib/api-client';
import { countOf } from '@/lib/format';

/** Downloads the rows of the trend table as the analysts' CSV, straight from the API. */
export function DownloadValues({ query, rows }: { query: ValuesQuery; rows: number }) {
  const download = useDownloadIndicatorValues();
  const failure = download.error instanceof ApiError ? download.error.detail ?? download.error.title : download.error ? 'Try again later.' : undefined;
  return (
    <div className={`govuk-form-group${failure ? ' govuk-form-group--error' : ''}`}>
      <h2 className="govuk-heading-m">Download</h2>
      <p className="govuk-body" id="download-hint">
        The {countOf(rows, 'value')} in the trend table, one a row, as CSV for Excel, R or Power BI. The API gives the same file at{' '}
        <code className="sendhub-code">{csvUrl(query)}</code> (with a bearer token).
      </p>
      {failure && (
        <p className="govuk-error-message" id="download-error" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The download failed. {failure}
        </p>
      )}
      <Button
        variant="secondary"
        aria-describedby={failure ? 'download-hint download-error' : 'download-hint'}
        disabled={download.isPending}
        onClick={() => download.mutate(query)}
      >
        Download CSV
      </Button>
      {download.isSuccess && (
        <p className="govuk-body" role="status">
          Downloaded {download.data}.
        </p>
      )}
    </div>
  );
}

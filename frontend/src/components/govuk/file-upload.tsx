import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/govuk/error-message';
import { describedBy } from '@/components/govuk/field-ids';
import { Hint } from '@/components/govuk/hint';

/** The GOV.UK file upload, for one file; the browser keeps the file, the page is told which it is. */
export function FileUpload({
  id,
  label,
  onChange,
  hint,
  error,
  accept,
}: {
  id: string;
  label: ReactNode;
  onChange: (file: File | undefined) => void;
  hint?: ReactNode;
  error?: string;
  /** The kinds of file the picker offers first, e.g. ".csv,text/csv". */
  accept?: string;
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <input
        id={id}
        name={id}
        type="file"
        accept={accept}
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        onChange={(event) => onChange(event.target.files?.[0])}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

import type { ReactNode } from 'react';
import { describedBy } from '@/components/govuk/field-ids';
import { LabelledField } from '@/components/govuk/labelled-field';

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
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type="file"
        accept={accept}
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        onChange={(event) => onChange(event.target.files?.[0])}
        aria-describedby={describedBy(id, hint, error)}
      />
    </LabelledField>
  );
}

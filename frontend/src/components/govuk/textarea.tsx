import { describedBy } from '@/components/govuk/field-ids';
import { LabelledField, type TextFieldProps } from '@/components/govuk/labelled-field';

export function Textarea({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  rows = 5,
}: TextFieldProps & { rows?: number }) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </LabelledField>
  );
}

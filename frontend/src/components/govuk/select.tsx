import { describedBy } from '@/components/govuk/field-ids';
import { LabelledField, type TextFieldProps } from '@/components/govuk/labelled-field';

export type SelectOption = { value: string; text: string };

export function Select({
  id,
  label,
  value,
  onChange,
  options,
  hint,
  error,
}: TextFieldProps & { options: SelectOption[] }) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

import type { InputHTMLAttributes } from 'react';
import { describedBy } from '@/components/govuk/field-ids';
import { LabelledField, type TextFieldProps } from '@/components/govuk/labelled-field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'onChange' | 'value'> &
  TextFieldProps & {
  /** GOV.UK width class suffix, e.g. "10" for govuk-input--width-10, or "full". */
  width?: '2' | '3' | '4' | '5' | '10' | '20' | '30' | 'full';
  /** Shown before the box, like "£" (hidden from screen readers: say it in the label or hint too). */
  prefix?: string;
};

export function Input({ id, label, value, onChange, hint, error, width, prefix, type = 'text', ...rest }: InputProps) {
  const widthClass = width === 'full' ? ' govuk-!-width-full' : width ? ` govuk-input--width-${width}` : '';
  const input = (
    <input
      id={id}
      name={id}
      type={type}
      className={`govuk-input${widthClass}${error ? ' govuk-input--error' : ''}`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={describedBy(id, hint, error)}
      {...rest}
    />
  );
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      {prefix ? (
        <div className="govuk-input__wrapper">
          <div className="govuk-input__prefix" aria-hidden="true">
            {prefix}
          </div>
          {input}
        </div>
      ) : (
        input
      )}
    </LabelledField>
  );
}

import type { ReactNode } from 'react';

/** A single GOV.UK checkbox, for an on/off choice: small for a filter, full size for a form's field. */
export function Checkbox({
  id,
  label,
  hint,
  small = true,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  small?: boolean;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = `${id}-item-hint`;
  return (
    <div className="govuk-form-group">
      <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={hint ? hintId : undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

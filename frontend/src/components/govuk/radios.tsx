import type { ReactNode } from 'react';
import { choiceId, type ChoiceItem } from '@/components/govuk/checkboxes';
import { ErrorMessage } from '@/components/govuk/error-message';
import { describedBy } from '@/components/govuk/field-ids';
import { Hint } from '@/components/govuk/hint';

/** GOV.UK radios in a fieldset, for choosing one item. */
export function Radios({
  id,
  legend,
  legendSize = 's',
  hint,
  error,
  items,
  value,
  onChange,
  inline = false,
  small = false,
}: {
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm';
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}) {
  const modifiers = `${inline ? ' govuk-radios--inline' : ''}${small ? ' govuk-radios--small' : ''}`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className={`govuk-radios${modifiers}`} data-module="govuk-radios">
          {items.map((item, index) => {
            const itemId = choiceId(id, index);
            return (
              <div key={item.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={id}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint && (
                  <div id={`${itemId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

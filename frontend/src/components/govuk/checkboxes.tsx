import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/govuk/error-message';
import { describedBy } from '@/components/govuk/field-ids';
import { Hint } from '@/components/govuk/hint';

export type ChoiceItem = { value: string; label: ReactNode; hint?: ReactNode };

/** The id of each choice: the first takes the group's id (the error summary links there), then `id-2`, `id-3`... */
export function choiceId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

/** GOV.UK checkboxes in a fieldset, for choosing any number of items. */
export function Checkboxes({
  id,
  legend,
  legendSize = 's',
  hint,
  error,
  items,
  values,
  onChange,
  small = false,
  none = 'There is nothing to choose from yet.',
}: {
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm';
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  values: string[];
  onChange: (values: string[]) => void;
  small?: boolean;
  /** Said instead of the checkboxes when there are no items. */
  none?: string;
}) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        {items.length === 0 ? (
          <p className="govuk-body" id={id} tabIndex={-1}>
            {none}
          </p>
        ) : (
          <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} data-module="govuk-checkboxes">
            {items.map((item, index) => {
              const itemId = choiceId(id, index);
              return (
                <div key={item.value} className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id={itemId}
                    name={id}
                    type="checkbox"
                    value={item.value}
                    checked={values.includes(item.value)}
                    onChange={(event) => toggle(item.value, event.target.checked)}
                    aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                    {item.label}
                  </label>
                  {item.hint && (
                    <div id={`${itemId}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                      {item.hint}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        )}
      </fieldset>
    </div>
  );
}

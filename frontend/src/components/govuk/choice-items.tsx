import type { ReactNode } from 'react';

export type ChoiceItem = { value: string; label: ReactNode; hint?: ReactNode };

/** What radios and checkboxes both take: the group's id, legend, hint and error, and the items. */
export type ChoiceGroupProps = {
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm';
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  small?: boolean;
};

/** The id of each choice: the first takes the group's id (the error summary links there), then `id-2`, `id-3`... */
export function choiceId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

/** The items of GOV.UK radios or checkboxes: each input with its label and hint. */
export function ChoiceItems({
  type,
  name,
  items,
  isChecked,
  onChange,
}: {
  type: 'radio' | 'checkbox';
  /** The group's id, which names every input. */
  name: string;
  items: ChoiceItem[];
  isChecked: (value: string) => boolean;
  onChange: (value: string, checked: boolean) => void;
}) {
  const block = type === 'radio' ? 'govuk-radios' : 'govuk-checkboxes';
  return (
    <>
      {items.map((item, index) => {
        const itemId = choiceId(name, index);
        return (
          <div key={item.value} className={`${block}__item`}>
            <input
              className={`${block}__input`}
              id={itemId}
              name={name}
              type={type}
              value={item.value}
              checked={isChecked(item.value)}
              onChange={(event) => onChange(item.value, event.target.checked)}
              aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
            />
            <label className={`govuk-label ${block}__label`} htmlFor={itemId}>
              {item.label}
            </label>
            {item.hint && (
              <div id={`${itemId}-item-hint`} className={`govuk-hint ${block}__hint`}>
                {item.hint}
              </div>
            )}
          </div>
        );
      })}
    </>
  );
}

import type { ReactNode } from 'react';
import { FieldsetGroup } from '@/components/govuk/fieldset-group';
import { dateParts, type DatePart, type DateParts } from '@/lib/date-parts';

/** The message, and the boxes it is about (GOV.UK marks only the day when only the day is wrong). */
export type DateInputError = { message: string; parts: readonly DatePart[] };

const partLabels: Record<DatePart, string> = { day: 'Day', month: 'Month', year: 'Year' };

/**
 * GOV.UK date input: day, month and year boxes (ids `id-day`, `id-month`, `id-year`) in a fieldset.
 * Text boxes rather than a browser date picker, which many people find hard to use.
 */
export function DateInput({
  id,
  legend,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: ReactNode;
  /** Said before the example date. */
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: DateInputError;
}) {
  return (
    // role="group" so that JAWS reads the hint and error of a fieldset of text boxes.
    <FieldsetGroup id={id} legend={legend} role="group" hint={`${hint ? `${hint}. ` : ''}For example, 27 3 2026`} error={error?.message}>
      <div className="govuk-date-input" id={id}>
        {dateParts.map((part) => (
          <div key={part} className="govuk-date-input__item">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                {partLabels[part]}
              </label>
              <input
                className={`govuk-input govuk-date-input__input govuk-input--width-${part === 'year' ? 4 : 2}${error?.parts.includes(part) ? ' govuk-input--error' : ''}`}
                id={`${id}-${part}`}
                name={`${id}-${part}`}
                type="text"
                inputMode="numeric"
                value={value[part]}
                onChange={(event) => onChange({ ...value, [part]: event.target.value })}
              />
            </div>
          </div>
        ))}
      </div>
    </FieldsetGroup>
  );
}

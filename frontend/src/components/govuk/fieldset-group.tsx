import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/govuk/error-message';
import { describedBy } from '@/components/govuk/field-ids';
import { Hint } from '@/components/govuk/hint';

/**
 * The form group of a GOV.UK control made of several inputs (radios, checkboxes, a date): a
 * fieldset whose legend names the group, then its hint and error message (ids `id-hint`, `id-error`).
 */
export function FieldsetGroup({
  id,
  legend,
  legendSize,
  hint,
  error,
  role,
  children,
}: {
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm';
  hint?: ReactNode;
  error?: string;
  /** "group" where a screen reader would not otherwise read the hint and error of a fieldset of text boxes. */
  role?: 'group';
  children: ReactNode;
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role={role} aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend${legendSize ? ` govuk-fieldset__legend--${legendSize}` : ''}`}>{legend}</legend>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        {children}
      </fieldset>
    </div>
  );
}

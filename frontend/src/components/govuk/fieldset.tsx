import { useId, type ReactNode } from 'react';
import { Hint } from '@/components/govuk/hint';

export function Fieldset({
  legend,
  legendSize = 'm',
  headingLevel,
  id,
  hint,
  className,
  children,
}: {
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  /** Wrap the legend in a heading when it names a section of the page. */
  headingLevel?: 2 | 3;
  id?: string;
  /** Applies to every field in the fieldset. */
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const Heading = headingLevel ? (`h${headingLevel}` as const) : undefined;
  const hintId = `${useId()}-hint`;
  return (
    <fieldset
      id={id}
      className={`govuk-fieldset${className ? ` ${className}` : ''}`}
      tabIndex={id ? -1 : undefined}
      aria-describedby={hint ? hintId : undefined}
    >
      <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
        {Heading ? <Heading className="govuk-fieldset__heading">{legend}</Heading> : legend}
      </legend>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {children}
    </fieldset>
  );
}

import type { ReactNode } from 'react';

export function Fieldset({
  legend,
  legendSize = 'm',
  headingLevel,
  id,
  className,
  children,
}: {
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  /** Wrap the legend in a heading when it names a section of the page. */
  headingLevel?: 2 | 3;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Heading = headingLevel ? (`h${headingLevel}` as const) : undefined;
  return (
    <fieldset id={id} className={`govuk-fieldset${className ? ` ${className}` : ''}`} tabIndex={id ? -1 : undefined}>
      <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
        {Heading ? <Heading className="govuk-fieldset__heading">{legend}</Heading> : legend}
      </legend>
      {children}
    </fieldset>
  );
}

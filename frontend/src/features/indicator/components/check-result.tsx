import { useEffect, useRef, type ReactNode } from 'react';

/**
 * What checking a file found, under a heading that takes the focus when a new result comes, so
 * that a screen reader user hears it (both import pages).
 */
export function CheckResult({ result, children }: { result: unknown; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  return (
    <section aria-labelledby="checked-heading">
      <h2 className="govuk-heading-m" id="checked-heading" ref={heading} tabIndex={-1}>
        The file can be imported
      </h2>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';

/** A line of small grey text under a cell's figure: its period, a reason, what was tested. */
export function CellNote({ children }: { children: ReactNode }) {
  return <span className="sendhub-block govuk-hint govuk-!-font-size-16 govuk-!-margin-0">{children}</span>;
}

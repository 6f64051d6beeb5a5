import type { ReactNode } from 'react';
import '@/features/indicator/components/ees-import.css';

/**
 * A wide table in a region that scrolls sideways on its own: keyboard users reach it with Tab and
 * scroll it with the arrow keys, and the page itself stays within a 320 px screen.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A region that scrolls must be focusable, or keyboard users cannot scroll it (axe: scrollable-region-focusable).
    <div className="sendhub-scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

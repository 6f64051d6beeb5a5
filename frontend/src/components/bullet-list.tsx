import type { ReactNode } from 'react';

/** A bulleted list of what a record holds, or `none` when it holds nothing. */
export function BulletList({ items, none }: { items: ReactNode[]; none: string }) {
  if (items.length === 0) return none;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

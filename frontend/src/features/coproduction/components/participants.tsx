import type { Coproduction } from '@/features/coproduction/types';
import { participantGroups } from '@/features/coproduction/utils/form-values';

type Counts = Partial<Record<(typeof participantGroups)[number]['name'], number | string | null>>;

/** "12 children and young people", one line a group, saved or as typed; groups with no count are left out. */
export function participantLines(participants: Counts): string[] {
  return participantGroups.flatMap((group) => {
    const count = participants[group.name];
    if (count === null || count === undefined || String(count).trim() === '') return [];
    const number = Number(count);
    const said = Number.isFinite(number) ? number.toLocaleString('en-GB') : String(count).trim();
    return [`${said} ${group.label.toLowerCase()}`];
  });
}

export function Participants({ participants }: { participants: Coproduction['participants'] }) {
  const lines = participantLines(participants);
  if (lines.length === 0) return <span className="govuk-hint govuk-!-margin-0">Not recorded</span>;
  return (
    <ul className="govuk-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

import type { Coproduction } from '@/features/coproduction/types';
import { participantGroups } from '@/features/coproduction/utils/form-values';

/** "12 children and young people", one line a group; groups with no count are left out. */
export function Participants({ participants }: { participants: Coproduction['participants'] }) {
  const counted = participantGroups.filter((group) => participants[group.name] !== null && participants[group.name] !== undefined);
  if (counted.length === 0) return <span className="govuk-hint govuk-!-margin-0">Not recorded</span>;
  return (
    <ul className="govuk-list">
      {counted.map((group) => (
        <li key={group.name}>
          {participants[group.name]?.toLocaleString('en-GB')} {group.label.toLowerCase()}
        </li>
      ))}
    </ul>
  );
}

import { Tag, type TagColour } from '@/components/govuk/tag';
import type { Direction } from '@/lib/indicator-values';

const directions: Record<Exclude<Direction, null>, { label: string; colour: TagColour }> = {
  improving: { label: 'Improving', colour: 'green' },
  worsening: { label: 'Worsening', colour: 'red' },
  no_change: { label: 'No change', colour: 'grey' },
  no_judgement: { label: 'No judgement', colour: 'grey' },
};

/** Whether an indicator's last move is the right way; with fewer than two values there is no direction. */
export function DirectionTag({ direction }: { direction: Direction | undefined }) {
  if (!direction) return <Tag colour="grey">Not enough data</Tag>;
  const { label, colour } = directions[direction];
  return <Tag colour={colour}>{label}</Tag>;
}

/** Whether the latest value meets the measure's target value; nothing when it cannot be judged. */
export function OnTargetTag({ onTarget }: { onTarget: boolean | null | undefined }) {
  if (onTarget === null || onTarget === undefined) return null;
  return onTarget ? <Tag colour="green">On target</Tag> : <Tag colour="red">Not on target</Tag>;
}

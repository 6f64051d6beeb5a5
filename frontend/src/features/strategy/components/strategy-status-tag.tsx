import { Tag } from '@/components/govuk/tag';
import type { Strategy } from '@/features/strategy/api/get-strategies';

const statuses: Record<Strategy['status'], { label: string; colour: 'grey' | 'green' | 'blue' }> = {
  draft: { label: 'Draft', colour: 'grey' },
  active: { label: 'Active', colour: 'green' },
  ended: { label: 'Ended', colour: 'blue' },
};

export function StrategyStatusTag({ status }: { status: Strategy['status'] }) {
  const { label, colour } = statuses[status] ?? { label: status, colour: 'grey' };
  return <Tag colour={colour}>{label}</Tag>;
}

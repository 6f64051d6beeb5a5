import { Tag } from '@/components/govuk/tag';
import type { Strategy } from '@/features/strategy/api/get-strategies';

export const strategyStatuses: { value: Strategy['status']; label: string; colour: 'grey' | 'green' | 'blue' }[] = [
  { value: 'draft', label: 'Draft', colour: 'grey' },
  { value: 'active', label: 'Active', colour: 'green' },
  { value: 'ended', label: 'Ended', colour: 'blue' },
];

export function StrategyStatusTag({ status }: { status: Strategy['status'] }) {
  const { label, colour } = strategyStatuses.find((entry) => entry.value === status) ?? { label: status, colour: 'grey' };
  return <Tag colour={colour}>{label}</Tag>;
}

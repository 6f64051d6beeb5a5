import type { Priority } from '@/features/priority/types';
import { strategyHint, strategyOrder, type LinkOption, type StrategyRef } from '@/lib/link-choices';

/** The priorities a record may link to, by strategy and number. */
export function priorityOptions(priorities: Priority[], strategies: StrategyRef[]): LinkOption[] {
  return [...priorities]
    .sort((a, b) => strategyOrder(strategies, a.strategyId) - strategyOrder(strategies, b.strategyId) || a.number - b.number)
    .map((priority) => ({
      id: priority.id,
      label: `${priority.number}. ${priority.title}`,
      hint: strategyHint(strategies, priority.strategyId),
      archived: priority.archived,
      strategyId: priority.strategyId,
    }));
}

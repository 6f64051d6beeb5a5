import type { Outcome } from '@/features/outcome/types';
import { strategyHint, strategyOrder, type LinkOption, type StrategyRef } from '@/lib/link-choices';

/** The outcomes a record may link to, by strategy. */
export function outcomeOptions(outcomes: Outcome[], strategies: StrategyRef[]): LinkOption[] {
  return [...outcomes]
    .sort((a, b) => strategyOrder(strategies, a.strategyId) - strategyOrder(strategies, b.strategyId))
    .map((outcome) => ({
      id: outcome.id,
      label: outcome.statement,
      hint: strategyHint(strategies, outcome.strategyId),
      archived: outcome.archived,
      strategyId: outcome.strategyId,
    }));
}

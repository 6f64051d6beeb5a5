import type { Outcome } from '@/features/outcome/types';
import type { OutcomeOption } from '@/features/priority/components/priority-form';
import type { Priority } from '@/features/priority/types';
import type { Service } from '@/features/service/types';
import type { Strategy } from '@/features/strategy/api/get-strategies';
import type { LinkOption } from '@/lib/link-choices';

/** Where a record of a strategy sits: by its strategy's place in the list, so records of one strategy stay together. */
function strategyOrder(strategies: Strategy[], strategyId: string): number {
  const index = strategies.findIndex((strategy) => strategy.id === strategyId);
  return index === -1 ? strategies.length : index;
}

/** The strategy's title as a hint, when the area has more than one strategy and a label alone could be ambiguous. */
function strategyHint(strategies: Strategy[], strategyId: string): string | undefined {
  if (strategies.length < 2) return undefined;
  return strategies.find((strategy) => strategy.id === strategyId)?.title;
}

export function priorityOptions(priorities: Priority[], strategies: Strategy[]): LinkOption[] {
  return [...priorities]
    .sort((a, b) => strategyOrder(strategies, a.strategyId) - strategyOrder(strategies, b.strategyId) || a.number - b.number)
    .map((priority) => ({
      id: priority.id,
      label: `${priority.number}. ${priority.title}`,
      hint: strategyHint(strategies, priority.strategyId),
      archived: priority.archived,
    }));
}

export function outcomeOptions(outcomes: Outcome[], strategies: Strategy[]): LinkOption[] {
  return [...outcomes]
    .sort((a, b) => strategyOrder(strategies, a.strategyId) - strategyOrder(strategies, b.strategyId))
    .map((outcome) => ({
      id: outcome.id,
      label: outcome.statement,
      hint: strategyHint(strategies, outcome.strategyId),
      archived: outcome.archived,
    }));
}

export function serviceOptions(services: Service[]): LinkOption[] {
  return services.map((service) => ({
    id: service.id,
    label: service.name,
    hint: service.provider ?? undefined,
    archived: service.archived,
  }));
}

/** The outcomes a priority may work towards; the priority form offers those of its strategy. */
export function priorityOutcomeOptions(outcomes: Outcome[]): OutcomeOption[] {
  return outcomes.map((outcome) => ({ id: outcome.id, statement: outcome.statement, strategyId: outcome.strategyId, archived: outcome.archived }));
}

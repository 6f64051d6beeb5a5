import type { ChoiceItem } from '@/components/govuk/choice-items';
import { orNone } from '@/lib/format';

/** A record the form may link to, as the checkbox list shows it. */
export type LinkOption = { id: string; label: string; hint?: string; archived: boolean; strategyId?: string };

/** A strategy as the link choices need it: records are grouped and told apart by their strategy. */
export type StrategyRef = { id: string; title: string };

/**
 * The records to offer as links: those not archived, and any already linked even if archived,
 * so that saving never drops a link the user did not see. `within` a strategy, only that
 * strategy's records are offered (and any linked elsewhere, said so by `elsewhere`).
 */
export function linkChoices(options: LinkOption[], linked: string[], within?: { strategyId: string; elsewhere: string }): ChoiceItem[] {
  const outside = (option: LinkOption) => within !== undefined && option.strategyId !== within.strategyId;
  return options
    .filter((option) => linked.includes(option.id) || (!option.archived && !outside(option)))
    .map((option) => {
      // Within one strategy, a hint naming the strategy says nothing.
      const hint = within ? undefined : option.hint;
      if (option.archived) return { value: option.id, label: option.label, hint: ['Archived', hint].filter(Boolean).join('. ') };
      return { value: option.id, label: option.label, hint: outside(option) ? within?.elsewhere : hint };
    });
}

/** The labels of the linked records, for a summary; a record not among the options is one the user cannot see. */
export function linkedLabels(ids: string[], options: LinkOption[]): string {
  return orNone(ids.map((id) => options.find((option) => option.id === id)?.label ?? 'A record you cannot see').join('; '));
}

/** Where a record of a strategy sits: by its strategy's place in the list, so records of one strategy stay together. */
export function strategyOrder(strategies: StrategyRef[], strategyId: string): number {
  const index = strategies.findIndex((strategy) => strategy.id === strategyId);
  return index === -1 ? strategies.length : index;
}

/** The strategy's title as a hint, when the area has more than one strategy and a label alone could be ambiguous. */
export function strategyHint(strategies: StrategyRef[], strategyId: string): string | undefined {
  if (strategies.length < 2) return undefined;
  return strategies.find((strategy) => strategy.id === strategyId)?.title;
}

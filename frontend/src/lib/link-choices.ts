import type { ChoiceItem } from '@/components/govuk/checkboxes';

/** A record the form may link to, as the checkbox list shows it. */
export type LinkOption = { id: string; label: string; hint?: string; archived: boolean };

/**
 * The records to offer as links: those not archived, and any already linked even if archived,
 * so that saving never drops a link the user did not see.
 */
export function linkChoices(options: LinkOption[], linked: string[]): ChoiceItem[] {
  return options
    .filter((option) => !option.archived || linked.includes(option.id))
    .map((option) => ({
      value: option.id,
      label: option.label,
      hint: option.archived ? ['Archived', option.hint].filter(Boolean).join('. ') : option.hint,
    }));
}

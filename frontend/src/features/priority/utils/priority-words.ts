import { actionStatusLabel, ragStatusTag } from '@/components/rag-tag';
import type { ActionStatus, Priority } from '@/features/priority/types';
import type { ActionValues, MeasureValues, PriorityFormValues } from '@/features/priority/utils/form-values';
import { dateInWords, type DateParts } from '@/lib/date-parts';
import { formatDate, orNone } from '@/lib/format';
import { figureLabel, type IndicatorChoice } from '@/lib/indicator-choices';
import { asIndicatorUnit, formatIndicatorValue } from '@/lib/indicator-values';
import type { LinkOption } from '@/lib/link-choices';
import type { FieldWords } from '@/lib/record-merge';

/** The names of what a priority refers to by id or code: its strategy, its outcomes, its measures' indicators. */
export type PriorityNames = {
  strategies: { id: string; title: string }[];
  outcomes: LinkOption[];
  catalogue: IndicatorChoice[];
};

export function strategyTitle(strategies: PriorityNames['strategies'], id: string): string {
  return strategies.find((strategy) => strategy.id === id)?.title ?? 'Unknown';
}

export function outcomeNames(ids: string[], outcomes: LinkOption[]): string[] {
  return ids.map((id) => outcomes.find((outcome) => outcome.id === id)?.label ?? 'An outcome you cannot see');
}

/** "Train EHC plan writers (SEND team), due 30 September 2025: In progress". */
function actionSentence(description: string, owner: string, due: string, status: ActionStatus | undefined): string {
  return `${description}${owner ? ` (${owner})` : ''}${due ? `, due ${due}` : ''}: ${actionStatusLabel(status)}`;
}

export function savedActionInWords(action: Priority['actions'][number]): string {
  return actionSentence(action.description, action.owner ?? '', formatDate(action.dueDate), action.status);
}

/** A date as typed, in words; empty when none was typed. */
function typedDate(parts: DateParts): string {
  const words = dateInWords(parts);
  return words === 'None' ? '' : words;
}

function actionInWords(action: ActionValues): string {
  return actionSentence(action.description.trim(), action.owner.trim(), typedDate(action.dueDate), action.status);
}

type MeasureParts = {
  description: string;
  indicatorCode: string;
  breakdown: string | undefined;
  category: string | undefined;
  /** A number, or the text typed when it is not one. */
  target: number | string | null;
  /** The target date in words, or empty. */
  by: string;
};

/**
 * "Plans issued within 20 weeks (EHC plans by primary need, Primary need: Autistic spectrum
 * disorder (ASD)): target 90 by 31 March 2026": what it follows named as its indicator picker and
 * figure choice name it, the target in the indicator's unit.
 */
function measureSentence(measure: MeasureParts, catalogue: IndicatorChoice[]): string {
  const indicator = catalogue.find((choice) => choice.code === measure.indicatorCode);
  const follows = measure.indicatorCode
    ? [indicator?.name ?? 'An indicator no longer in the catalogue', figureLabel(measure.breakdown, measure.category)].filter(Boolean).join(', ')
    : '';
  const target =
    typeof measure.target === 'number' ? formatIndicatorValue(measure.target, asIndicatorUnit(indicator?.unit)) : (measure.target ?? '');
  return `${measure.description}${follows ? ` (${follows})` : ''}${target ? `: target ${target}` : ''}${measure.by ? ` by ${measure.by}` : ''}`;
}

export function savedMeasureInWords(measure: Priority['measures'][number], catalogue: IndicatorChoice[]): string {
  return measureSentence(
    {
      description: measure.description,
      indicatorCode: measure.indicatorCode ?? '',
      breakdown: measure.breakdown ?? undefined,
      category: measure.category ?? undefined,
      target: measure.targetValue ?? null,
      by: formatDate(measure.targetDate),
    },
    catalogue,
  );
}

function measureInWords(measure: MeasureValues, catalogue: IndicatorChoice[]): string {
  const [breakdown, category] = measure.figure.split('|');
  const target = measure.targetValue.trim();
  return measureSentence(
    {
      description: measure.description.trim(),
      indicatorCode: measure.indicatorCode.trim(),
      breakdown,
      category,
      target: /^-?\d+(\.\d+)?$/.test(target) ? Number(target) : target,
      by: typedDate(measure.targetDate),
    },
    catalogue,
  );
}

/** The priority form's values, as the merge of a conflict says them: in the words of its saved version. */
export function priorityValueWords(names: PriorityNames): FieldWords<PriorityFormValues> {
  return {
    strategyId: (id) => strategyTitle(names.strategies, id),
    status: (status) => ragStatusTag(status).label,
    actions: (actions) => orNone(actions.map(actionInWords).join('\n')),
    measures: (measures) => orNone(measures.map((measure) => measureInWords(measure, names.catalogue)).join('\n')),
    outcomeIds: (ids) => orNone(outcomeNames(ids, names.outcomes).join('; ')),
  };
}

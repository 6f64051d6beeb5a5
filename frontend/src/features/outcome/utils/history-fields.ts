import { outcomeFieldLabels } from '@/features/outcome/utils/form-values';
import { nameListWords, titleWords, type HistoryFields } from '@/lib/history-words';

/**
 * An outcome's fields in the words of its form; `strategyTitles` names the strategy it is in and
 * `indicatorNames` the indicators that show its progress.
 */
export function outcomeHistoryFields(strategyTitles: ReadonlyMap<string, string>, indicatorNames: ReadonlyMap<string, string>): HistoryFields {
  return {
    labels: outcomeFieldLabels,
    values: { strategyId: titleWords(strategyTitles, 'A strategy you cannot see'), indicatorCodes: nameListWords(indicatorNames) },
  };
}

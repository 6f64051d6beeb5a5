import { outcomeFieldLabels } from '@/features/outcome/utils/form-values';
import { titleWords, type HistoryFields } from '@/lib/history-words';

/** An outcome's fields in the words of its form; `strategyTitles` names the strategy it is in. */
export function outcomeHistoryFields(strategyTitles: ReadonlyMap<string, string>): HistoryFields {
  return {
    labels: outcomeFieldLabels,
    values: { strategyId: titleWords(strategyTitles, 'A strategy you cannot see') },
  };
}

import { actionStatusLabel, ragStatuses, type ActionStatus } from '@/components/rag-tag';
import { priorityFieldLabels } from '@/features/priority/utils/form-values';
import { enumWords, linkedWords, titleWords, type HistoryFields } from '@/lib/history-words';

/** A priority's fields in the words of its form; `strategyTitles` names the strategy it is in. */
export function priorityHistoryFields(strategyTitles: ReadonlyMap<string, string>): HistoryFields {
  return {
    labels: priorityFieldLabels,
    values: {
      strategyId: titleWords(strategyTitles, 'A strategy you cannot see'),
      status: enumWords(ragStatuses),
      outcomeIds: linkedWords('outcome'),
    },
    itemLists: {
      actions: { singular: 'action', name: (action) => `${String(action.description)} (${actionStatusLabel(action.status as ActionStatus)})` },
      measures: { singular: 'measure', name: (measure) => String(measure.description) },
    },
  };
}

import { coproductionFieldLabels } from '@/features/coproduction/utils/form-values';
import { coproductionKinds, coproductionStatuses, lundyPrinciples } from '@/lib/coproduction-labels';
import { dateWords, enumListWords, enumWords, linkedWords, type HistoryFields } from '@/lib/history-words';

/** A co-production's fields in the words of its form. */
export const coproductionHistoryFields: HistoryFields = {
  labels: coproductionFieldLabels,
  values: {
    kind: enumWords(coproductionKinds),
    heldOn: dateWords,
    principles: enumListWords(lundyPrinciples),
    feedbackGivenOn: dateWords,
    status: enumWords(coproductionStatuses),
    priorityIds: linkedWords('priority', 'priorities'),
    serviceIds: linkedWords('service'),
  },
};

import { decisionFieldLabels } from '@/features/decision/utils/form-values';
import { decisionKinds } from '@/lib/decision-labels';
import { dateWords, enumWords, linkedWords, titleWords, type HistoryFields } from '@/lib/history-words';

/** A decision's fields in the words of its form; `serviceNames` names the service it moved between. */
export function decisionHistoryFields(serviceNames: ReadonlyMap<string, string>): HistoryFields {
  return {
    labels: decisionFieldLabels,
    values: {
      serviceId: titleWords(serviceNames, 'A service you cannot see'),
      decidedOn: dateWords,
      decision: enumWords(decisionKinds),
      indicatorCodes: linkedWords('indicator'),
      coproductionIds: linkedWords('co-production record'),
      forecastEvidence: (value) => (value ? 'Recorded' : '(none)'),
    },
  };
}

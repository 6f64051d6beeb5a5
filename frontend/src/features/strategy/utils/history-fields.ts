import { strategyStatuses } from '@/features/strategy/components/strategy-status-tag';
import { dateWords, enumWords, type HistoryFields } from '@/lib/history-words';

/** A strategy's fields in the words of its page (strategies have no form in the app). */
export const strategyHistoryFields: HistoryFields = {
  labels: {
    title: 'Title',
    periodStart: 'Start of period',
    periodEnd: 'End of period',
    status: 'Status',
    vision: 'Vision',
    principles: 'Principles',
  },
  values: { status: enumWords(strategyStatuses), periodStart: dateWords, periodEnd: dateWords },
};

import { serviceFieldLabels } from '@/features/service/utils/form-values';
import { formatMoney } from '@/lib/format';
import { dateWords, enumListWords, enumWords, linkedWords, type HistoryFields } from '@/lib/history-words';
import { primaryNeeds } from '@/lib/primary-needs';
import { commissioningStages, fundingModels, sectors, serviceStatuses, serviceTiers } from '@/lib/service-labels';

/** A service's fields in the words of its form. */
export const serviceHistoryFields: HistoryFields = {
  labels: serviceFieldLabels,
  values: {
    tier: enumWords(serviceTiers),
    sectors: enumListWords(sectors),
    needs: enumListWords(primaryNeeds),
    fundingModel: enumWords(fundingModels),
    annualValue: (value) => formatMoney(Number(value)),
    contractStart: dateWords,
    contractEnd: dateWords,
    reviewDate: dateWords,
    stage: enumWords(commissioningStages),
    status: enumWords(serviceStatuses),
    priorityIds: linkedWords('priority', 'priorities'),
    outcomeIds: linkedWords('outcome'),
  },
};

import { BulletList } from '@/components/bullet-list';
import type { SummaryListRow } from '@/components/govuk/summary-list';
import { RagTag } from '@/components/rag-tag';
import type { Priority } from '@/features/priority/types';
import { outcomeNames, savedActionInWords, savedMeasureInWords, strategyTitle, type PriorityNames } from '@/features/priority/utils/priority-words';
import { orNone } from '@/lib/format';

/** The saved priority, as the conflict panel of the priority form shows it. */
export function savedPriorityRows(current: Priority, names: PriorityNames): SummaryListRow[] {
  return [
    { key: 'Strategy', value: strategyTitle(names.strategies, current.strategyId) },
    { key: 'Number', value: String(current.number) },
    { key: 'Title', value: current.title },
    { key: 'Status', value: <RagTag status={current.status} /> },
    { key: 'Lead', value: orNone(current.lead) },
    { key: 'Description', value: orNone(current.description) },
    { key: 'Why this is a priority', value: orNone(current.rationale) },
    { key: 'Actions', value: <BulletList none="None" items={current.actions.map(savedActionInWords)} /> },
    { key: 'Measures', value: <BulletList none="None" items={current.measures.map((measure) => savedMeasureInWords(measure, names.catalogue))} /> },
    { key: 'Outcomes it works towards', value: <BulletList none="None" items={outcomeNames(current.outcomeIds, names.outcomes)} /> },
  ];
}

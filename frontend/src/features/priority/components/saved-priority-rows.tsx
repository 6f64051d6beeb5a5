import { BulletList } from '@/components/bullet-list';
import type { SummaryListRow } from '@/components/govuk/summary-list';
import { actionStatusLabel, RagTag } from '@/components/rag-tag';
import type { Priority } from '@/features/priority/types';
import { formatDate, orNone } from '@/lib/format';
import type { LinkOption } from '@/lib/link-choices';

/** The saved priority, as the conflict panel of the priority form shows it. */
export function savedPriorityRows(current: Priority, strategies: { id: string; title: string }[], outcomes: LinkOption[]): SummaryListRow[] {
  const linkedOutcomes = current.outcomeIds.map((id) => outcomes.find((outcome) => outcome.id === id)?.label ?? 'An outcome you cannot see');
  return [
    { key: 'Strategy', value: strategies.find((strategy) => strategy.id === current.strategyId)?.title ?? 'Unknown' },
    { key: 'Number', value: String(current.number) },
    { key: 'Title', value: current.title },
    { key: 'Status', value: <RagTag status={current.status} /> },
    { key: 'Lead', value: orNone(current.lead) },
    { key: 'Description', value: orNone(current.description) },
    { key: 'Why this is a priority', value: orNone(current.rationale) },
    {
      key: 'Actions',
      value: (
        <BulletList
          none="None"
          items={current.actions.map(
            (action) =>
              `${action.description}${action.owner ? ` (${action.owner})` : ''}${action.dueDate ? `, due ${formatDate(action.dueDate)}` : ''}: ${actionStatusLabel(action.status)}`,
          )}
        />
      ),
    },
    {
      key: 'Measures',
      value: (
        <BulletList
          none="None"
          items={current.measures.map(
            (measure) =>
              `${measure.description}${measure.targetValue !== null && measure.targetValue !== undefined ? `: target ${measure.targetValue}` : ''}${measure.targetDate ? ` by ${formatDate(measure.targetDate)}` : ''}`,
          )}
        />
      ),
    },
    { key: 'Outcomes it works towards', value: <BulletList none="None" items={linkedOutcomes} /> },
  ];
}

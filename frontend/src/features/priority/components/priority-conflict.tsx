import { ConflictPanel } from '@/components/form-problems';
import { actionStatusLabel, RagTag } from '@/features/priority/components/rag-tag';
import type { Priority } from '@/features/priority/types';
import { formatDate } from '@/lib/format';

function orNone(value: string | null | undefined): string {
  return value && value.trim() !== '' ? value : 'None';
}

/** The conflict panel of the priority form, showing the saved priority. */
export function PriorityConflict({
  current,
  strategies,
  outcomes,
  attempt,
  canOverwrite,
  onOverwrite,
  onDiscard,
}: {
  current: Priority | undefined;
  strategies: { id: string; title: string }[];
  outcomes: { id: string; statement: string }[];
  attempt: number;
  canOverwrite: boolean;
  onOverwrite: () => void;
  onDiscard: () => void;
}) {
  const linkedOutcomes = (current?.outcomeIds ?? []).map(
    (id) => outcomes.find((outcome) => outcome.id === id)?.statement ?? 'An outcome you cannot see',
  );
  return (
    <ConflictPanel
      noun="priority"
      attempt={attempt}
      canOverwrite={canOverwrite}
      onOverwrite={onOverwrite}
      onDiscard={onDiscard}
      saved={
        current && {
          rows: [
            { key: 'Strategy', value: strategies.find((strategy) => strategy.id === current.strategyId)?.title ?? 'Unknown' },
            { key: 'Number', value: String(current.number) },
            { key: 'Title', value: current.title },
            { key: 'Status', value: <RagTag status={current.status} /> },
            { key: 'Lead', value: orNone(current.lead) },
            { key: 'Description', value: orNone(current.description) },
            { key: 'Why this is a priority', value: orNone(current.rationale) },
            {
              key: 'Actions',
              value:
                current.actions.length === 0 ? (
                  'None'
                ) : (
                  <ul className="govuk-list govuk-list--bullet">
                    {current.actions.map((action, index) => (
                      <li key={index}>
                        {action.description}
                        {action.owner ? ` (${action.owner})` : ''}
                        {action.dueDate ? `, due ${formatDate(action.dueDate)}` : ''}: {actionStatusLabel(action.status)}
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              key: 'Measures',
              value:
                current.measures.length === 0 ? (
                  'None'
                ) : (
                  <ul className="govuk-list govuk-list--bullet">
                    {current.measures.map((measure, index) => (
                      <li key={index}>
                        {measure.description}
                        {measure.target ? `: target ${measure.target}` : ''}
                        {measure.targetDate ? ` by ${formatDate(measure.targetDate)}` : ''}
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              key: 'Outcomes it works towards',
              value:
                linkedOutcomes.length === 0 ? (
                  'None'
                ) : (
                  <ul className="govuk-list govuk-list--bullet">
                    {linkedOutcomes.map((statement, index) => (
                      <li key={index}>{statement}</li>
                    ))}
                  </ul>
                ),
            },
          ],
        }
      }
    />
  );
}

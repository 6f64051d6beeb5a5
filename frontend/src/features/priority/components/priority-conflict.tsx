import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { SummaryList } from '@/components/govuk/summary-list';
import { actionStatusLabel, RagTag } from '@/features/priority/components/rag-tag';
import type { Priority } from '@/features/priority/types';
import { formatDate } from '@/lib/format';

function orNone(value: string | null | undefined): string {
  return value && value.trim() !== '' ? value : 'None';
}

/**
 * Shown when saving failed because someone else saved the priority first. The form below keeps
 * everything the user typed; here they see the saved version and choose which one wins.
 */
export function PriorityConflict({
  current,
  strategies,
  attempt,
  canOverwrite,
  onOverwrite,
  onDiscard,
}: {
  current: Priority | undefined;
  strategies: { id: string; title: string }[];
  attempt: number;
  canOverwrite: boolean;
  onOverwrite: () => void;
  onDiscard: () => void;
}) {
  return (
    <>
      <ErrorSummary title="Someone else has changed this priority" focusKey={attempt}>
        <p className="govuk-body">
          Someone else saved changes to this priority after you opened it, so your changes have not been saved yet.
          Your changes are still in the form below.
        </p>
        <p className="govuk-body">
          Compare them with the saved version, then choose to overwrite it with your changes or to discard your changes.
        </p>
      </ErrorSummary>
      {current && (
        <section aria-labelledby="saved-version-heading" className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id="saved-version-heading">
            The saved version
          </h2>
          <SummaryList
            rows={[
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
            ]}
          />
        </section>
      )}
      <ButtonGroup>
        {canOverwrite && (
          <Button variant="warning" onClick={onOverwrite}>
            Overwrite with my changes
          </Button>
        )}
        <Button variant="secondary" onClick={onDiscard}>
          Discard my changes
        </Button>
      </ButtonGroup>
    </>
  );
}

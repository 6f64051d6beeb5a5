import { isRagStatus, RagTag } from '@/components/rag-tag';
import { MeasureProgressTable } from '@/components/measure-progress-table';
import type { BoardPriority as BoardPriorityEntry } from '@/features/insight/types';

/** The id of a priority's heading in the board report, for its contents list. */
export function boardPriorityId(priorityId: string): string {
  return `priority-${priorityId}`;
}

/** A priority in the board report: its status now and at the last report, its lead and its measures. */
export function BoardPriority({ entry, since }: { entry: BoardPriorityEntry; since: string }) {
  const { priority, statusThen, measures } = entry;
  const changed = statusThen !== priority.status;
  return (
    <div className="sendhub-report-block sendhub-board-priority">
      <h3 className="govuk-heading-s" id={boardPriorityId(priority.id)}>
        {priority.number}. {priority.title}
      </h3>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status now</dt>
          <dd className="govuk-summary-list__value">
            <RagTag status={priority.status} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status on {since}</dt>
          <dd className="govuk-summary-list__value">
            {isRagStatus(statusThen) ? (
              <>
                <RagTag status={statusThen} /> {changed ? '(changed since)' : '(no change)'}
              </>
            ) : (
              'Not yet recorded'
            )}
          </dd>
        </div>
        {priority.lead && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Lead</dt>
            <dd className="govuk-summary-list__value">{priority.lead}</dd>
          </div>
        )}
      </dl>
      {measures.length === 0 ? (
        <p className="govuk-body">This priority has no measure.</p>
      ) : (
        <MeasureProgressTable measures={measures} caption={`Measures of priority ${priority.number}`} />
      )}
    </div>
  );
}

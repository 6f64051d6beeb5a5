import { Link } from 'react-router-dom';
import { Table } from '@/components/govuk/table';
import { Tag } from '@/components/govuk/tag';
import type { ActionDue } from '@/features/insight/types';
import { formatDate } from '@/lib/format';
import { priorityPath } from '@/lib/paths';

/** Actions not done that are due or overdue, overdue first (the API's order), a passed date tagged. */
export function ActionsDueTable({
  areaCode,
  actions,
  caption,
  statusLabel,
}: {
  areaCode: string;
  actions: ActionDue[];
  caption: string;
  /** What users call an action's status ("In progress"). */
  statusLabel: (status: string | null) => string;
}) {
  return (
    <Table
      caption={caption}
      captionHidden
      stacked
      head={[{ text: 'Action' }, { text: 'Priority' }, { text: 'Owner' }, { text: 'Due' }, { text: 'Status' }]}
      rows={actions.map((action, index) => ({
        key: `${action.priorityId}-${index}`,
        cells: [
          action.description,
          <Link className="govuk-link" to={priorityPath(areaCode, action.priorityId)}>
            {action.priorityTitle}
          </Link>,
          action.owner ?? 'Not given',
          <>
            {formatDate(action.dueDate)}
            {action.overdue && (
              <>
                {' '}
                <Tag colour="red">Overdue</Tag>
              </>
            )}
          </>,
          statusLabel(action.status),
        ],
      }))}
    />
  );
}

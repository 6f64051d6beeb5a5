import { Link } from 'react-router-dom';
import { Table } from '@/components/govuk/table';
import type { Dashboard } from '@/features/insight/types';
import { formatDate } from '@/lib/format';
import { priorityPath } from '@/lib/paths';

export function OverdueActionsTable({
  areaCode,
  actions,
  caption,
  statusLabel,
}: {
  areaCode: string;
  actions: Dashboard['overdueActions'];
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
          formatDate(action.dueDate),
          statusLabel(action.status),
        ],
      }))}
    />
  );
}

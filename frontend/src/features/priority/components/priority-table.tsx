import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { Table } from '@/components/govuk/table';
import { RagTag } from '@/components/rag-tag';
import type { Priority } from '@/features/priority/types';
import { priorityPath } from '@/lib/paths';

export function PriorityTable({ areaCode, priorities, caption }: { areaCode: string; priorities: Priority[]; caption: string }) {
  return (
    <Table
      stacked
      caption={caption}
      captionSize="s"
      head={[{ text: 'Number', numeric: true }, { text: 'Title' }, { text: 'Status' }, { text: 'Lead' }]}
      rows={priorities.map((priority) => ({
        key: priority.id,
        cells: [
          priority.number,
          <Link className="govuk-link" to={priorityPath(areaCode, priority.id)}>
            {priority.title}
          </Link>,
          <span className="sendhub-tags">
            <RagTag status={priority.status} />
            {priority.archived && <ArchivedTag />}
          </span>,
          priority.lead ?? '',
        ],
      }))}
    />
  );
}

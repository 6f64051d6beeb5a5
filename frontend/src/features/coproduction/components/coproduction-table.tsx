import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { Table, type TableSort } from '@/components/govuk/table';
import { CoproductionStatusTag, LoopOpenTag } from '@/features/coproduction/components/coproduction-tags';
import type { Coproduction } from '@/features/coproduction/types';
import { coproductionKinds } from '@/lib/coproduction-labels';
import { formatDate } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { coproductionPath } from '@/lib/paths';

export function CoproductionTable({ areaCode, records, sort }: { areaCode: string; records: Coproduction[]; sort: TableSort }) {
  return (
    <Table
      caption="Co-production records"
      captionHidden
      // Sortable, so its header row stays: on a narrow screen the table scrolls in its own box.
      scrollable
      sort={sort}
      head={[{ text: 'Held on', sortKey: 'heldOn' }, { text: 'Title', sortKey: 'title' }, { text: 'Kind' }, { text: 'Status' }, { text: 'Feedback given' }]}
      rows={records.map((record) => ({
        key: record.id,
        cells: [
          formatDate(record.heldOn),
          <Link className="govuk-link" to={coproductionPath(areaCode, record.id)}>
            {record.title}
          </Link>,
          labelOf(coproductionKinds, record.kind),
          <span className="sendhub-tags">
            <CoproductionStatusTag status={record.status} />
            {record.archived && <ArchivedTag />}
          </span>,
          record.feedbackGivenOn ? formatDate(record.feedbackGivenOn) : <LoopOpenTag />,
        ],
      }))}
    />
  );
}

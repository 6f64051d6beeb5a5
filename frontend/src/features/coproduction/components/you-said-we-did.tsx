import { Link } from 'react-router-dom';
import { FilterForm, FilterRow, filterChoices } from '@/components/filter-form';
import { Select } from '@/components/govuk/select';
import { SummaryCard } from '@/components/govuk/summary-card';
import type { CoproductionFilters } from '@/features/coproduction/api/get-coproduction-list';
import { CoproductionStatusTag, LoopOpenTag } from '@/features/coproduction/components/coproduction-tags';
import type { Coproduction } from '@/features/coproduction/types';
import { coproductionKinds } from '@/lib/coproduction-labels';
import { formatDate } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { coproductionPath } from '@/lib/paths';

export type YouSaidWeDidFilters = Pick<CoproductionFilters, 'loopOpen' | 'kind'>;

const loopChoices = [
  { value: '', text: 'All records' },
  { value: 'true', text: 'Loop not closed (no feedback given yet)' },
  { value: 'false', text: 'Feedback given' },
];

export function YouSaidWeDidFilterForm({
  filters,
  onApply,
}: {
  filters: YouSaidWeDidFilters;
  onApply: (filters: YouSaidWeDidFilters) => void;
}) {
  return (
    <FilterForm label="Filter you said, we did" filters={filters} onApply={onApply} archived={false}>
      {({ draft, change, setDraft }) => (
        <FilterRow width="one-half">
          <Select
            id="filter-loop"
            label="Feedback"
            value={draft.loopOpen === undefined ? '' : String(draft.loopOpen)}
            onChange={(value) => setDraft({ ...draft, loopOpen: value === '' ? undefined : value === 'true' })}
            options={loopChoices}
          />
          <Select id="filter-kind" label="Kind" value={draft.kind ?? ''} onChange={change('kind')} options={filterChoices('All kinds', coproductionKinds)} />
        </FilterRow>
      )}
    </FilterForm>
  );
}

function Said({ text }: { text: string | null }) {
  return text ? <span className="sendhub-pre-line">{text}</span> : <span className="govuk-hint govuk-!-margin-0">Not recorded yet</span>;
}

/** Each record as a card: what we heard, what changed because of it, and whether we have told them. */
export function YouSaidWeDidCards({ areaCode, records }: { areaCode: string; records: Coproduction[] }) {
  return (
    <>
      {records.map((record) => (
        <SummaryCard
          key={record.id}
          title={
            <Link className="govuk-link" to={coproductionPath(areaCode, record.id)}>
              {record.title}
            </Link>
          }
          actions={
            <>
              <CoproductionStatusTag status={record.status} />
              {!record.feedbackGivenOn && <LoopOpenTag />}
            </>
          }
          rows={[
            { key: 'Held on', value: record.heldOn ? formatDate(record.heldOn) : 'Not recorded' },
            { key: 'Kind', value: labelOf(coproductionKinds, record.kind) },
            { key: 'You said', value: <Said text={record.youSaid} /> },
            { key: 'We did', value: <Said text={record.weDid} /> },
            { key: 'Feedback given', value: record.feedbackGivenOn ? formatDate(record.feedbackGivenOn) : <LoopOpenTag /> },
          ]}
        />
      ))}
    </>
  );
}

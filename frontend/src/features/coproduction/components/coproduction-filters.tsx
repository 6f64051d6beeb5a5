import { DateFilterInput, FilterForm, type FilterProps, FilterRow, filterChoices } from '@/components/filter-form';
import { Checkbox } from '@/components/govuk/checkbox';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { CoproductionFilters as Filters } from '@/features/coproduction/api/get-coproduction-list';
import { coproductionKinds, coproductionStatuses, lundyPrinciples } from '@/lib/coproduction-labels';

export function CoproductionFilters({ filters, onApply }: FilterProps<Filters>) {
  return (
    <FilterForm label="Filter co-production records" filters={filters} onApply={onApply}>
      {({ draft, change, setDraft }) => (
        <>
          <FilterRow width="one-third">
            <Select id="filter-kind" label="Kind" value={draft.kind ?? ''} onChange={change('kind')} options={filterChoices('All kinds', coproductionKinds)} />
            <Select
              id="filter-status"
              label="Status"
              value={draft.status ?? ''}
              onChange={change('status')}
              options={filterChoices('All statuses', coproductionStatuses)}
            />
            <Select
              id="filter-principle"
              label="Lundy principle"
              value={draft.principle ?? ''}
              onChange={change('principle')}
              options={filterChoices('All principles', lundyPrinciples)}
            />
          </FilterRow>
          <Input id="filter-q" label="Search titles, you said and we did" type="search" width="30" value={draft.q ?? ''} onChange={change('q')} />
          <FilterRow width="one-half">
            <DateFilterInput id="filter-from" legend="Held on or after" value={draft.from} onChange={change('from')} />
            <DateFilterInput id="filter-to" legend="Held on or before" value={draft.to} onChange={change('to')} />
          </FilterRow>
          <Checkbox
            id="filter-loop-open"
            label="Loop not closed (no feedback given yet)"
            checked={draft.loopOpen ?? false}
            onChange={(loopOpen) => setDraft({ ...draft, loopOpen: loopOpen || undefined })}
          />
        </>
      )}
    </FilterForm>
  );
}

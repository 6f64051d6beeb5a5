import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { Checkbox } from '@/components/govuk/checkbox';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { CoproductionFilters as Filters } from '@/features/coproduction/api/get-coproduction-list';
import { coproductionKinds, coproductionStatuses, lundyPrinciples } from '@/features/coproduction/utils/labels';

function choices(all: string, list: { value: string; label: string }[]) {
  return [{ value: '', text: all }, ...list.map((entry) => ({ value: entry.value, text: entry.label }))];
}

/** The filters are applied together with one button, so changing one does not reload the list under the user. */
export function CoproductionFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(filters);
  const change = <K extends keyof Filters>(name: K) => (value: string) => setDraft({ ...draft, [name]: value || undefined });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form noValidate onSubmit={onSubmit} role="search" aria-label="Filter co-production records" className="sendhub-filters">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select id="filter-kind" label="Kind" value={draft.kind ?? ''} onChange={change('kind')} options={choices('All kinds', coproductionKinds)} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select id="filter-status" label="Status" value={draft.status ?? ''} onChange={change('status')} options={choices('All statuses', coproductionStatuses)} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="filter-principle"
            label="Lundy principle"
            value={draft.principle ?? ''}
            onChange={change('principle')}
            options={choices('All principles', lundyPrinciples)}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Input id="filter-from" label="Held on or after" type="date" width="10" value={draft.from ?? ''} onChange={change('from')} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Input id="filter-to" label="Held on or before" type="date" width="10" value={draft.to ?? ''} onChange={change('to')} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Input id="filter-q" label="Search titles, you said and we did" type="search" width="full" value={draft.q ?? ''} onChange={change('q')} />
        </div>
      </div>
      <Checkbox
        id="filter-loop-open"
        label="Loop not closed (no feedback given yet)"
        checked={draft.loopOpen ?? false}
        onChange={(loopOpen) => setDraft({ ...draft, loopOpen: loopOpen || undefined })}
      />
      <Checkbox
        id="filter-archived"
        label="Show archived"
        checked={draft.includeArchived ?? false}
        onChange={(includeArchived) => setDraft({ ...draft, includeArchived })}
      />
      <Button variant="secondary" type="submit">
        Apply filters
      </Button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { Checkbox } from '@/components/govuk/checkbox';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { OutcomeFilters as Filters } from '@/features/outcome/api/get-outcomes';

/** The filters are applied together with one button, so changing one does not reload the list under the user. */
export function OutcomeFilters({
  filters,
  strategies,
  onApply,
}: {
  filters: Filters;
  strategies: { id: string; title: string }[];
  onApply: (filters: Filters) => void;
}) {
  const [draft, setDraft] = useState<Filters>(filters);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form noValidate onSubmit={onSubmit} role="search" aria-label="Filter outcomes" className="sendhub-filters">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select
            id="filter-strategy"
            label="Strategy"
            value={draft.strategyId ?? ''}
            onChange={(strategyId) => setDraft({ ...draft, strategyId: strategyId || undefined })}
            options={[{ value: '', text: 'All strategies' }, ...strategies.map((strategy) => ({ value: strategy.id, text: strategy.title }))]}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Input
            id="filter-q"
            label="Search statements and descriptions"
            type="search"
            width="full"
            value={draft.q ?? ''}
            onChange={(q) => setDraft({ ...draft, q })}
          />
        </div>
      </div>
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

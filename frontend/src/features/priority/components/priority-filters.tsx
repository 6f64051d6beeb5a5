import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { Checkbox } from '@/components/govuk/checkbox';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { PriorityFilters as Filters } from '@/features/priority/api/get-priorities';
import { ragStatuses } from '@/features/priority/components/rag-tag';
import type { RagStatus } from '@/features/priority/types';

/** The filters are applied together with one button, so changing one does not reload the list under the user. */
export function PriorityFilters({
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
    <form noValidate onSubmit={onSubmit} role="search" aria-label="Filter priorities" className="sendhub-filters">
      <div className="govuk-grid-row">
        {strategies.length > 1 && (
          <div className="govuk-grid-column-one-third">
            <Select
              id="filter-strategy"
              label="Strategy"
              value={draft.strategyId ?? ''}
              onChange={(strategyId) => setDraft({ ...draft, strategyId })}
              options={strategies.map((strategy) => ({ value: strategy.id, text: strategy.title }))}
            />
          </div>
        )}
        <div className="govuk-grid-column-one-third">
          <Select
            id="filter-status"
            label="Status"
            value={draft.status ?? ''}
            onChange={(status) => setDraft({ ...draft, status: (status || undefined) as RagStatus | undefined })}
            options={[{ value: '', text: 'All statuses' }, ...ragStatuses.map((status) => ({ value: status.value, text: status.label }))]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Input
            id="filter-q"
            label="Search titles and descriptions"
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

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { Checkbox } from '@/components/govuk/checkbox';
import { Input } from '@/components/govuk/input';
import type { CatalogueFilters as Filters } from '@/features/indicator/api/get-indicators';

/** The filters are applied together with one button, so changing one does not reload the list under the user. */
export function CatalogueFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(filters);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form noValidate onSubmit={onSubmit} role="search" aria-label="Filter indicators" className="sendhub-filters">
      <Input
        id="filter-q"
        label="Search codes, names and definitions"
        type="search"
        width="30"
        value={draft.q ?? ''}
        onChange={(q) => setDraft({ ...draft, q })}
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

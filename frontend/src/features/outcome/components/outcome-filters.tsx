import { FilterForm, FilterRow } from '@/components/filter-form';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { OutcomeFilters as Filters } from '@/features/outcome/api/get-outcomes';

export function OutcomeFilters({
  filters,
  strategies,
  onApply,
}: {
  filters: Filters;
  strategies: { id: string; title: string }[];
  onApply: (filters: Filters) => void;
}) {
  return (
    <FilterForm label="Filter outcomes" filters={filters} onApply={onApply}>
      {({ draft, change }) => (
        <FilterRow width="one-half">
          <Select
            id="filter-strategy"
            label="Strategy"
            value={draft.strategyId ?? ''}
            onChange={change('strategyId')}
            options={[{ value: '', text: 'All strategies' }, ...strategies.map((strategy) => ({ value: strategy.id, text: strategy.title }))]}
          />
          <Input id="filter-q" label="Search statements and descriptions" type="search" width="full" value={draft.q ?? ''} onChange={change('q')} />
        </FilterRow>
      )}
    </FilterForm>
  );
}

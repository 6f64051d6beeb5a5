import { FilterForm, type FilterProps, FilterRow } from '@/components/filter-form';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { OutcomeFilters as Filters } from '@/features/outcome/api/get-outcomes';
import type { StrategyRef } from '@/lib/link-choices';

export function OutcomeFilters({ filters, strategies, onApply }: FilterProps<Filters> & { strategies: StrategyRef[] }) {
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

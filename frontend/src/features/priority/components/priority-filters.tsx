import { FilterForm, type FilterProps, FilterRow, filterChoices } from '@/components/filter-form';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { PriorityFilters as Filters } from '@/features/priority/api/get-priorities';
import type { StrategyRef } from '@/lib/link-choices';
import { ragStatuses } from '@/components/rag-tag';

export function PriorityFilters({ filters, strategies, onApply }: FilterProps<Filters> & { strategies: StrategyRef[] }) {
  return (
    <FilterForm label="Filter priorities" filters={filters} onApply={onApply}>
      {({ draft, change }) => (
        <FilterRow width="one-third">
          {strategies.length > 1 && (
            <Select
              id="filter-strategy"
              label="Strategy"
              value={draft.strategyId ?? ''}
              onChange={change('strategyId')}
              options={strategies.map((strategy) => ({ value: strategy.id, text: strategy.title }))}
            />
          )}
          <Select id="filter-status" label="Status" value={draft.status ?? ''} onChange={change('status')} options={filterChoices('All statuses', ragStatuses)} />
          <Input id="filter-q" label="Search titles and descriptions" type="search" width="full" value={draft.q ?? ''} onChange={change('q')} />
        </FilterRow>
      )}
    </FilterForm>
  );
}

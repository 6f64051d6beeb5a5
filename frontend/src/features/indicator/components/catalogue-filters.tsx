import { FilterForm, type FilterProps } from '@/components/filter-form';
import { Input } from '@/components/govuk/input';
import type { CatalogueFilters as Filters } from '@/features/indicator/api/get-indicators';

export function CatalogueFilters({ filters, onApply }: FilterProps<Filters>) {
  return (
    <FilterForm label="Filter indicators" filters={filters} onApply={onApply}>
      {({ draft, change }) => (
        <Input id="filter-q" label="Search codes, names and definitions" type="search" width="30" value={draft.q ?? ''} onChange={change('q')} />
      )}
    </FilterForm>
  );
}

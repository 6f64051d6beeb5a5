import { FilterForm, type FilterProps, FilterRow, filterChoices } from '@/components/filter-form';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { DecisionFilters as Filters } from '@/features/decision/api/get-decisions';
import { decisionKinds } from '@/lib/decision-labels';
import type { LinkOption } from '@/lib/link-choices';

type Named = { value: string; label: string };

export function DecisionFilters({
  filters,
  onApply,
  services,
  indicators,
}: FilterProps<Filters> & {
  /** The area's services, to filter by. */
  services: LinkOption[];
  /** The catalogue's indicators, to filter by the evidence a decision was taken on. */
  indicators: Named[];
}) {
  const serviceChoices = services.map((service) => ({ value: service.id, label: service.archived ? `${service.label} (archived)` : service.label }));
  return (
    <FilterForm label="Filter decisions" filters={filters} onApply={onApply}>
      {({ draft, change }) => (
        <>
          <FilterRow width="one-third">
            <Select id="filter-service" label="Service" value={draft.serviceId ?? ''} onChange={change('serviceId')} options={filterChoices('All services', serviceChoices)} />
            <Select id="filter-decision" label="Decision" value={draft.decision ?? ''} onChange={change('decision')} options={filterChoices('All decisions', decisionKinds)} />
            <Select
              id="filter-indicator"
              label="Evidence indicator"
              value={draft.indicator ?? ''}
              onChange={change('indicator')}
              options={filterChoices('Any evidence', indicators)}
            />
          </FilterRow>
          <FilterRow width="one-third">
            <Input id="filter-from" label="Decided on or after" type="date" width="10" value={draft.from ?? ''} onChange={change('from')} />
            <Input id="filter-to" label="Decided on or before" type="date" width="10" value={draft.to ?? ''} onChange={change('to')} />
            <Input id="filter-q" label="Search who decided and the rationale" type="search" width="full" value={draft.q ?? ''} onChange={change('q')} />
          </FilterRow>
        </>
      )}
    </FilterForm>
  );
}

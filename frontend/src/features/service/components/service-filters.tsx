import { DateFilterInput, FilterForm, type FilterProps, FilterRow, filterChoices } from '@/components/filter-form';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { ServiceFilters as Filters } from '@/features/service/api/get-services';
import {
  commissioningStages,
  fundingModels,
  sectors,
  serviceStatuses,
  serviceTiers,
} from '@/lib/service-labels';
import { needLabel, primaryNeeds } from '@/lib/primary-needs';

/** The register's filters. */
export function ServiceFilters({ filters, onApply }: FilterProps<Filters>) {
  return (
    <FilterForm label="Filter services" filters={filters} onApply={onApply}>
      {({ draft, change }) => (
        <>
          <FilterRow width="one-third">
            <Select id="filter-status" label="Status" value={draft.status ?? ''} onChange={change('status')} options={filterChoices('All statuses', serviceStatuses)} />
            <Select
              id="filter-stage"
              label="Commissioning stage"
              value={draft.stage ?? ''}
              onChange={change('stage')}
              options={filterChoices('All stages', commissioningStages)}
            />
            <Select id="filter-tier" label="Tier" value={draft.tier ?? ''} onChange={change('tier')} options={filterChoices('All tiers', serviceTiers)} />
          </FilterRow>
          <FilterRow width="one-third">
            <Select
              id="filter-need"
              label="Primary need"
              value={draft.need ?? ''}
              onChange={change('need')}
              options={filterChoices('All needs', primaryNeeds, (entry) => needLabel(entry.value))}
            />
            <Select id="filter-sector" label="Sector" value={draft.sector ?? ''} onChange={change('sector')} options={filterChoices('All sectors', sectors)} />
            <Select
              id="filter-funding"
              label="Funding model"
              value={draft.fundingModel ?? ''}
              onChange={change('fundingModel')}
              options={filterChoices('All funding models', fundingModels)}
            />
          </FilterRow>
          <FilterRow width="one-third">
            <Input id="filter-provider" label="Provider" width="full" value={draft.provider ?? ''} onChange={change('provider')} />
            <Input id="filter-q" label="Search names and descriptions" type="search" width="full" value={draft.q ?? ''} onChange={change('q')} />
          </FilterRow>
          <DateFilterInput
            id="filter-contract-ends"
            legend="Contract ends before"
            value={draft.contractEndsBefore}
            onChange={change('contractEndsBefore')}
          />
        </>
      )}
    </FilterForm>
  );
}

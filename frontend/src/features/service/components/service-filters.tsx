import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { Checkbox } from '@/components/govuk/checkbox';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { ServiceFilters as Filters } from '@/features/service/api/get-services';
import {
  commissioningStages,
  fundingModels,
  sectors,
  serviceStatuses,
  serviceTiers,
} from '@/features/service/utils/labels';
import { needLabel, primaryNeeds } from '@/lib/primary-needs';
import type { Labelled } from '@/lib/labels';

function choices<T extends string>(all: string, list: Labelled<T>, label: (entry: { value: T; label: string }) => string = (entry) => entry.label) {
  return [{ value: '', text: all }, ...list.map((entry) => ({ value: entry.value, text: label(entry) }))];
}

/** The register's filters, applied together with one button so the list does not reload under the user. */
export function ServiceFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(filters);
  const change = <K extends keyof Filters>(name: K) => (value: string) => setDraft({ ...draft, [name]: value || undefined });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form noValidate onSubmit={onSubmit} role="search" aria-label="Filter services" className="sendhub-filters">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select id="filter-status" label="Status" value={draft.status ?? ''} onChange={change('status')} options={choices('All statuses', serviceStatuses)} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select id="filter-stage" label="Commissioning stage" value={draft.stage ?? ''} onChange={change('stage')} options={choices('All stages', commissioningStages)} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select id="filter-tier" label="Tier" value={draft.tier ?? ''} onChange={change('tier')} options={choices('All tiers', serviceTiers)} />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="filter-need"
            label="Primary need"
            value={draft.need ?? ''}
            onChange={change('need')}
            options={choices('All needs', primaryNeeds, (entry) => needLabel(entry.value))}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select id="filter-sector" label="Sector" value={draft.sector ?? ''} onChange={change('sector')} options={choices('All sectors', sectors)} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="filter-funding"
            label="Funding model"
            value={draft.fundingModel ?? ''}
            onChange={change('fundingModel')}
            options={choices('All funding models', fundingModels)}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Input id="filter-provider" label="Provider" width="full" value={draft.provider ?? ''} onChange={change('provider')} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Input
            id="filter-contract-ends"
            label="Contract ends before"
            type="date"
            width="10"
            value={draft.contractEndsBefore ?? ''}
            onChange={change('contractEndsBefore')}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Input id="filter-q" label="Search names and descriptions" type="search" width="full" value={draft.q ?? ''} onChange={change('q')} />
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

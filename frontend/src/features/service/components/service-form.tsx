import { Checkbox } from '@/components/govuk/checkbox';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { DateInput } from '@/components/govuk/date-input';
import { Fieldset } from '@/components/govuk/fieldset';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { RecordForm, type RecordFormProps } from '@/components/record-form';
import { useCreateService } from '@/features/service/api/create-service';
import { getService } from '@/features/service/api/get-service';
import { useUpdateService } from '@/features/service/api/update-service';
import { ServiceStatusTag } from '@/features/service/components/service-status-tag';
import type { Service, VersionedService } from '@/features/service/types';
import { plainAmount, serviceFormFields, toInput, type ServiceFormValues } from '@/features/service/utils/form-values';
import {
  capacityUnits,
  commissioningStages,
  ehcpSettings,
  formatAges,
  formatCapacity,
  fundingModels,
  sectors,
  serviceStatuses,
  serviceTiers,
} from '@/lib/service-labels';
import { needLabel, needsInWords, primaryNeeds } from '@/lib/primary-needs';
import { formatDate, formatMoney, orNone } from '@/lib/format';
import { labelOf, labelsOf } from '@/lib/labels';
import { linkedLabels, type LinkOption } from '@/lib/link-choices';
import type { FieldWords } from '@/lib/record-merge';
import { submitWith, useRecordForm } from '@/lib/use-record-form';

function savedRows(service: Service, priorities: LinkOption[], outcomes: LinkOption[]) {
  return [
    { key: 'Name', value: service.name },
    { key: 'Provider', value: orNone(service.provider) },
    { key: 'Description', value: orNone(service.description) },
    { key: 'Tier', value: labelOf(serviceTiers, service.tier) },
    { key: 'Sectors', value: labelsOf(sectors, service.sectors) },
    { key: 'Primary needs', value: needsInWords(service.needs) },
    { key: 'Settings', value: labelsOf(ehcpSettings, service.settings) },
    { key: 'Capacity', value: orNone(formatCapacity(service.capacity, service.capacityUnit)) },
    { key: 'Ages', value: formatAges(service.ageFrom, service.ageTo) },
    { key: 'Commissioners', value: orNone(service.commissioners.join(', ')) },
    { key: 'Funding model', value: orNone(labelOf(fundingModels, service.fundingModel)) },
    { key: 'Annual value', value: orNone(formatMoney(service.annualValue)) },
    { key: 'Contract', value: orNone([formatDate(service.contractStart), formatDate(service.contractEnd)].filter(Boolean).join(' to ')) },
    { key: 'Review date', value: orNone(formatDate(service.reviewDate)) },
    { key: 'Commissioning stage', value: labelOf(commissioningStages, service.stage) },
    { key: 'Status', value: <ServiceStatusTag status={service.status} /> },
    { key: 'Priorities', value: linkedLabels(service.priorityIds, priorities) },
    { key: 'Outcomes', value: linkedLabels(service.outcomeIds, outcomes) },
    { key: 'Local Offer web address', value: orNone(service.localOfferUrl) },
    { key: 'Published to the Local Offer', value: service.publishToLocalOffer ? 'Yes' : 'No' },
  ];
}

/** "£450,000.50" for an amount as typed; the text as typed when it is not one. */
function amountInWords(typed: string): string {
  const amount = plainAmount(typed);
  return /^-?\d+(\.\d+)?$/.test(amount) ? formatMoney(Number(amount)) : orNone(typed);
}

/** The form's values, as the merge of a conflict says them: in the words of its controls and saved version. */
function valueWords(priorities: LinkOption[], outcomes: LinkOption[]): FieldWords<ServiceFormValues> {
  return {
    tier: (tier) => orNone(labelOf(serviceTiers, tier || undefined)),
    sectors: (chosen) => labelsOf(sectors, chosen),
    needs: needsInWords,
    settings: (chosen) => labelsOf(ehcpSettings, chosen),
    capacityUnit: (unit) => labelOf(capacityUnits, unit),
    fundingModel: (model) => (model ? labelOf(fundingModels, model) : 'Not known'),
    annualValue: amountInWords,
    stage: (stage) => labelOf(commissioningStages, stage),
    status: (status) => labelOf(serviceStatuses, status),
    priorityIds: (ids) => linkedLabels(ids, priorities),
    outcomeIds: (ids) => linkedLabels(ids, outcomes),
  };
}

export function ServiceForm({
  areaCode,
  priorities,
  outcomes,
  existing,
  heading,
  caption,
  cancelHref,
  onSaved,
}: RecordFormProps<VersionedService> & {
  areaCode: string;
  /** The area's priorities and outcomes, to link the service to. */
  priorities: LinkOption[];
  outcomes: LinkOption[];
}) {
  const form = useRecordForm({
    ...serviceFormFields,
    existing,
    submit: submitWith(existing, toInput, useCreateService(areaCode), useUpdateService(areaCode), onSaved),
    fetchLatest: () => getService(areaCode, existing?.record.id ?? ''),
  });
  const { field, choice, choices, date, links, values, set } = form;
  const items = <T extends string>(list: { value: T; label: string }[]) => list.map((entry) => ({ value: entry.value, label: entry.label }));

  return (
    <RecordForm
      form={form}
      noun="service"
      savedRows={(saved) => savedRows(saved, priorities, outcomes)}
      valueWords={valueWords(priorities, outcomes)}
      caption={caption}
      heading={heading}
      submitLabel="Save service"
      cancelHref={cancelHref}
    >
      <Input {...field('name')} label="Name" />
      <Input {...field('provider')} label="Provider" hint="The organisation that delivers the service" />
      <Textarea {...field('description')} label="Description" />
      <Radios {...choice('tier')} legend="Tier" inline items={items(serviceTiers)} />
      <Checkboxes {...choices('sectors')} legend="Sectors" hint="Select all that apply" items={items(sectors)} />
      <Checkboxes
        {...choices('needs')}
        legend="Primary needs it serves"
        hint="Select all that apply. The primary-need types of the school census."
        small
        items={primaryNeeds.map((need) => ({ value: need.value, label: needLabel(need.value) }))}
      />
      <Checkboxes
        {...choices('settings')}
        legend="Settings it serves"
        hint="Select all that apply. The types of setting of the EHC plans statistics: its capacity is held against the forecast of each on the sufficiency page."
        small
        items={items(ehcpSettings)}
      />
      <Input
        {...field('capacity')}
        label="Capacity"
        hint="Optional. How many children and young people it is commissioned for, like 40"
        inputMode="numeric"
        width="5"
      />
      <Radios {...choice('capacityUnit')} legend="What the capacity counts" inline small items={items(capacityUnits)} />
      <Fieldset legend="Ages it serves" legendSize="s" hint="From 0 to 25. Leave empty if it serves every age.">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <Input {...field('ageFrom')} label="Youngest age" inputMode="numeric" width="3" />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Input {...field('ageTo')} label="Oldest age" inputMode="numeric" width="3" />
          </div>
        </div>
      </Fieldset>
      <Textarea
        {...field('commissioners')}
        label="Commissioners"
        hint="The partners who commission it, one a line, like Manchester City Council"
        rows={3}
      />
      <Radios {...choice('fundingModel')} legend="Funding model" items={[...items(fundingModels), { value: '', label: 'Not known' }]} />
      <Input
        {...field('annualValue')}
        label="Annual value"
        hint="In pounds a year, like 450000.50"
        prefix="£"
        inputMode="decimal"
        width="10"
        spellCheck={false}
      />
      <DateInput {...date('contractStart')} legend="Contract start date" />
      <DateInput {...date('contractEnd')} legend="Contract end date" />
      <DateInput {...date('reviewDate')} legend="Review date" hint="When the service is next reviewed" />
      <Radios {...choice('stage')} legend="Commissioning stage" inline items={items(commissioningStages)} />
      <Radios {...choice('status')} legend="Status" inline items={items(serviceStatuses)} />
      <Input
        {...field('localOfferUrl')}
        label="Local Offer web address"
        hint="Optional. Its page on the Local Offer, starting https://"
        type="url"
        spellCheck={false}
      />
      <Checkbox
        id="publishToLocalOffer"
        label="Publish to the Local Offer"
        hint="Shows the service in your area’s public Local Offer feed, which Local Offer websites and other directories read: its name, description, provider, ages, needs, tier, sectors, status and web address. Never its money, contract or commissioners."
        small={false}
        checked={values.publishToLocalOffer}
        onChange={set('publishToLocalOffer')}
      />
      <Checkboxes {...links('priorityIds', priorities)} legend="Priorities it delivers" none="This area has no priorities yet." />
      <Checkboxes {...links('outcomeIds', outcomes)} legend="Outcomes it works towards" none="This area has no outcomes yet." />
    </RecordForm>
  );
}

import { Checkboxes } from '@/components/govuk/checkboxes';
import { DateInput } from '@/components/govuk/date-input';
import { Fieldset } from '@/components/govuk/fieldset';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { RecordForm } from '@/components/record-form';
import { useCreateService } from '@/features/service/api/create-service';
import { getService } from '@/features/service/api/get-service';
import { useUpdateService } from '@/features/service/api/update-service';
import { ServiceStatusTag } from '@/features/service/components/service-status-tag';
import type { Service, VersionedService } from '@/features/service/types';
import {
  asService,
  emptyValues,
  serviceControlIds,
  serviceFieldLabels,
  serviceFieldRoots,
  toInput,
  validate,
  valuesFromService,
  type ServiceFormValues,
} from '@/features/service/utils/form-values';
import {
  commissioningStages,
  formatAges,
  fundingModels,
  sectors,
  serviceStatuses,
  serviceTiers,
} from '@/lib/service-labels';
import { needLabel, primaryNeeds } from '@/lib/primary-needs';
import { formatDate, formatMoney, orNone } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { linkChoices, linkedLabels, type LinkOption } from '@/lib/link-choices';
import { saveWith, useRecordForm } from '@/lib/use-record-form';

function savedRows(service: Service, priorities: LinkOption[], outcomes: LinkOption[]) {
  return [
    { key: 'Name', value: service.name },
    { key: 'Provider', value: orNone(service.provider) },
    { key: 'Description', value: orNone(service.description) },
    { key: 'Tier', value: labelOf(serviceTiers, service.tier) },
    { key: 'Sectors', value: orNone(service.sectors.map((sector) => labelOf(sectors, sector)).join(', ')) },
    { key: 'Primary needs', value: orNone(service.needs.join(', ')) },
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
  ];
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
}: {
  areaCode: string;
  /** The area's priorities and outcomes, to link the service to. */
  priorities: LinkOption[];
  outcomes: LinkOption[];
  /** The service being changed, with its ETag; none when adding one. */
  existing?: VersionedService;
  heading: string;
  caption?: string;
  cancelHref: string;
  onSaved: (saved: VersionedService) => void;
}) {
  const save = saveWith(existing, useCreateService(areaCode), useUpdateService(areaCode));
  const form = useRecordForm<ServiceFormValues, Service>({
    existing,
    emptyValues,
    validate,
    fieldRoots: serviceFieldRoots,
    submit: async (values, ifMatch) => onSaved(await save(toInput(values), ifMatch)),
    readCurrent: asService,
    fetchLatest: () => getService(areaCode, existing?.record.id ?? ''),
    valuesFrom: valuesFromService,
    firstFieldId: 'name',
    controlIds: serviceControlIds,
    labels: serviceFieldLabels,
  });
  const { values, set, errorFor, dateErrorFor } = form;
  const items = <T extends string>(list: { value: T; label: string }[]) => list.map((entry) => ({ value: entry.value, label: entry.label }));

  return (
    <RecordForm
      form={form}
      noun="service"
      savedRows={(saved) => savedRows(saved, priorities, outcomes)}
      caption={caption}
      heading={heading}
      submitLabel="Save service"
      cancelHref={cancelHref}
    >
      <Input id="name" label="Name" value={values.name} onChange={set('name')} error={errorFor('name')} />
      <Input
        id="provider"
        label="Provider"
        hint="The organisation that delivers the service"
        value={values.provider}
        onChange={set('provider')}
        error={errorFor('provider')}
      />
      <Textarea id="description" label="Description" value={values.description} onChange={set('description')} error={errorFor('description')} />
      <Radios
        id="tier"
        legend="Tier"
        inline
        items={items(serviceTiers)}
        value={values.tier}
        onChange={(tier) => set('tier')(tier as ServiceFormValues['tier'])}
        error={errorFor('tier')}
      />
      <Checkboxes
        id="sectors"
        legend="Sectors"
        hint="Select all that apply"
        items={items(sectors)}
        values={values.sectors}
        onChange={(chosen) => set('sectors')(chosen as ServiceFormValues['sectors'])}
        error={errorFor('sectors')}
      />
      <Checkboxes
        id="needs"
        legend="Primary needs it serves"
        hint="Select all that apply. The primary-need types of the school census."
        small
        items={primaryNeeds.map((need) => ({ value: need.value, label: needLabel(need.value) }))}
        values={values.needs}
        onChange={(chosen) => set('needs')(chosen as ServiceFormValues['needs'])}
        error={errorFor('needs')}
      />
      <Fieldset legend="Ages it serves" legendSize="s" hint="From 0 to 25. Leave empty if it serves every age.">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <Input
              id="ageFrom"
              label="Youngest age"
              inputMode="numeric"
              width="3"
              value={values.ageFrom}
              onChange={set('ageFrom')}
              error={errorFor('ageFrom')}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Input id="ageTo" label="Oldest age" inputMode="numeric" width="3" value={values.ageTo} onChange={set('ageTo')} error={errorFor('ageTo')} />
          </div>
        </div>
      </Fieldset>
      <Textarea
        id="commissioners"
        label="Commissioners"
        hint="The partners who commission it, one a line, like Manchester City Council"
        rows={3}
        value={values.commissioners}
        onChange={set('commissioners')}
        error={errorFor('commissioners')}
      />
      <Radios
        id="fundingModel"
        legend="Funding model"
        items={[...items(fundingModels), { value: '', label: 'Not known' }]}
        value={values.fundingModel}
        onChange={(model) => set('fundingModel')(model as ServiceFormValues['fundingModel'])}
        error={errorFor('fundingModel')}
      />
      <Input
        id="annualValue"
        label="Annual value"
        hint="In pounds a year, like 450000.50"
        prefix="£"
        inputMode="decimal"
        width="10"
        spellCheck={false}
        value={values.annualValue}
        onChange={set('annualValue')}
        error={errorFor('annualValue')}
      />
      <DateInput
        id="contractStart"
        legend="Contract start date"
        value={values.contractStart}
        onChange={set('contractStart')}
        error={dateErrorFor('contractStart')}
      />
      <DateInput id="contractEnd" legend="Contract end date" value={values.contractEnd} onChange={set('contractEnd')} error={dateErrorFor('contractEnd')} />
      <DateInput
        id="reviewDate"
        legend="Review date"
        hint="When the service is next reviewed"
        value={values.reviewDate}
        onChange={set('reviewDate')}
        error={dateErrorFor('reviewDate')}
      />
      <Radios
        id="stage"
        legend="Commissioning stage"
        inline
        items={items(commissioningStages)}
        value={values.stage}
        onChange={(stage) => set('stage')(stage as ServiceFormValues['stage'])}
        error={errorFor('stage')}
      />
      <Radios
        id="status"
        legend="Status"
        inline
        items={items(serviceStatuses)}
        value={values.status}
        onChange={(status) => set('status')(status as ServiceFormValues['status'])}
        error={errorFor('status')}
      />
      <Input
        id="localOfferUrl"
        label="Local Offer web address"
        hint="Optional. Its page on the Local Offer, starting https://"
        type="url"
        spellCheck={false}
        value={values.localOfferUrl}
        onChange={set('localOfferUrl')}
        error={errorFor('localOfferUrl')}
      />
      <Checkboxes
        id="priorityIds"
        legend="Priorities it delivers"
        legendSize="m"
        none="This area has no priorities yet."
        items={linkChoices(priorities, values.priorityIds)}
        values={values.priorityIds}
        onChange={set('priorityIds')}
        error={errorFor('priorityIds')}
      />
      <Checkboxes
        id="outcomeIds"
        legend="Outcomes it works towards"
        legendSize="m"
        none="This area has no outcomes yet."
        items={linkChoices(outcomes, values.outcomeIds)}
        values={values.outcomeIds}
        onChange={set('outcomeIds')}
        error={errorFor('outcomeIds')}
      />
    </RecordForm>
  );
}

import type {
  CapacityUnit,
  CommissioningStage,
  EhcpSetting,
  FundingModel,
  PrimaryNeed,
  Sector,
  Service,
  ServiceInput,
  ServiceStatus,
  ServiceTier,
} from '@/features/service/types';
import type { FieldError } from '@/lib/api-client';
import { datePartIds, datePartsFromIso, dateProblems, emptyDate, isoFromDateParts, type DateParts } from '@/lib/date-parts';
import type { FieldLabels } from '@/lib/field-errors';
import type { FormFields } from '@/lib/use-record-form';
import { splitList } from '@/lib/format';

/** What the form holds: text as typed, so nothing the user entered is lost or reformatted. */
export type ServiceFormValues = {
  name: string;
  provider: string;
  description: string;
  tier: ServiceTier | '';
  sectors: Sector[];
  needs: PrimaryNeed[];
  settings: EhcpSetting[];
  capacity: string;
  capacityUnit: CapacityUnit;
  ageFrom: string;
  ageTo: string;
  /** One partner a line. */
  commissioners: string;
  fundingModel: FundingModel | '';
  annualValue: string;
  contractStart: DateParts;
  contractEnd: DateParts;
  reviewDate: DateParts;
  stage: CommissioningStage;
  status: ServiceStatus;
  priorityIds: string[];
  outcomeIds: string[];
  localOfferUrl: string;
  publishToLocalOffer: boolean;
};

export const serviceFieldRoots: ReadonlySet<string> = new Set([
  'name',
  'provider',
  'description',
  'tier',
  'sectors',
  'needs',
  'settings',
  'capacity',
  'capacityUnit',
  'ageFrom',
  'ageTo',
  'commissioners',
  'fundingModel',
  'annualValue',
  'contractStart',
  'contractEnd',
  'reviewDate',
  'stage',
  'status',
  'priorityIds',
  'outcomeIds',
  'localOfferUrl',
  'publishToLocalOffer',
]);

const dateFields = ['contractStart', 'contractEnd', 'reviewDate'] as const;

/** Every control of the form is named after its field; a date's boxes after the date. */
export const serviceControlIds: ReadonlySet<string> = new Set([...serviceFieldRoots, ...dateFields.flatMap(datePartIds)]);

export const serviceFieldLabels: FieldLabels = {
  name: 'Name',
  provider: 'Provider',
  description: 'Description',
  tier: 'Tier',
  sectors: 'Sectors',
  'sectors[]': 'Sector {n}',
  needs: 'Primary needs',
  'needs[]': 'Primary need {n}',
  settings: 'Settings',
  'settings[]': 'Setting {n}',
  capacity: 'Capacity',
  capacityUnit: 'What the capacity counts',
  ageFrom: 'Youngest age',
  ageTo: 'Oldest age',
  commissioners: 'Commissioners',
  'commissioners[]': 'Commissioner {n}',
  fundingModel: 'Funding model',
  annualValue: 'Annual value',
  contractStart: 'Contract start date',
  contractEnd: 'Contract end date',
  reviewDate: 'Review date',
  stage: 'Commissioning stage',
  status: 'Status',
  priorityIds: 'Priorities',
  'priorityIds[]': 'Linked priority {n}',
  outcomeIds: 'Outcomes',
  'outcomeIds[]': 'Linked outcome {n}',
  localOfferUrl: 'Local Offer web address',
  publishToLocalOffer: 'Publish to the Local Offer',
};

export function emptyValues(): ServiceFormValues {
  return {
    name: '',
    provider: '',
    description: '',
    tier: '',
    sectors: [],
    needs: [],
    settings: [],
    capacity: '',
    capacityUnit: 'places',
    ageFrom: '',
    ageTo: '',
    commissioners: '',
    fundingModel: '',
    annualValue: '',
    contractStart: emptyDate(),
    contractEnd: emptyDate(),
    reviewDate: emptyDate(),
    stage: 'understand',
    status: 'planned',
    priorityIds: [],
    outcomeIds: [],
    localOfferUrl: '',
    publishToLocalOffer: false,
  };
}

function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function valuesFromService(service: Service): ServiceFormValues {
  return {
    name: service.name,
    provider: service.provider ?? '',
    description: service.description ?? '',
    tier: service.tier,
    sectors: [...service.sectors],
    needs: [...service.needs],
    settings: [...service.settings],
    capacity: numberText(service.capacity),
    capacityUnit: service.capacityUnit ?? 'places',
    ageFrom: numberText(service.ageFrom),
    ageTo: numberText(service.ageTo),
    commissioners: service.commissioners.join('\n'),
    fundingModel: service.fundingModel ?? '',
    annualValue: numberText(service.annualValue),
    contractStart: datePartsFromIso(service.contractStart),
    contractEnd: datePartsFromIso(service.contractEnd),
    reviewDate: datePartsFromIso(service.reviewDate),
    stage: service.stage,
    status: service.status,
    priorityIds: [...service.priorityIds],
    outcomeIds: [...service.outcomeIds],
    localOfferUrl: service.localOfferUrl ?? '',
    publishToLocalOffer: service.publishToLocalOffer,
  };
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** "£450,000.50" as typed, without the pound sign and thousands separators. */
export function plainAmount(value: string): string {
  return value.trim().replace(/^£/, '').replace(/,/g, '');
}

function wholeNumberOrNull(value: string): number | null {
  return value.trim() === '' ? null : Number(value.trim());
}

export function toInput(values: ServiceFormValues): ServiceInput {
  const amount = plainAmount(values.annualValue);
  return {
    name: values.name.trim(),
    provider: textOrNull(values.provider),
    description: textOrNull(values.description),
    tier: values.tier as ServiceTier,
    sectors: values.sectors,
    needs: values.needs,
    settings: values.settings,
    capacity: wholeNumberOrNull(values.capacity),
    capacityUnit: values.capacity.trim() === '' ? null : values.capacityUnit,
    ageFrom: wholeNumberOrNull(values.ageFrom),
    ageTo: wholeNumberOrNull(values.ageTo),
    commissioners: splitList(values.commissioners),
    fundingModel: values.fundingModel === '' ? null : values.fundingModel,
    annualValue: amount === '' ? null : Number(amount),
    contractStart: isoFromDateParts(values.contractStart),
    contractEnd: isoFromDateParts(values.contractEnd),
    reviewDate: isoFromDateParts(values.reviewDate),
    stage: values.stage,
    status: values.status,
    priorityIds: values.priorityIds,
    outcomeIds: values.outcomeIds,
    localOfferUrl: textOrNull(values.localOfferUrl),
    publishToLocalOffer: values.publishToLocalOffer,
  };
}

/**
 * What the browser checks before asking the API: that each answer can be sent at all. The
 * commissioning rules (ages 0 to 25, contract end not before its start, no negative value...)
 * are the API's, and its field errors are shown the same way.
 */
export function validate(values: ServiceFormValues): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (values.name.trim() === '') add('name', 'Enter the name of the service');
  else if (values.name.trim().length > 200) add('name', 'Name must be 200 characters or fewer');
  if (values.tier === '') add('tier', 'Select the tier of the service');
  if (values.ageFrom.trim() !== '' && !/^\d{1,3}$/.test(values.ageFrom.trim())) add('ageFrom', 'Youngest age must be a whole number, like 5');
  if (values.ageTo.trim() !== '' && !/^\d{1,3}$/.test(values.ageTo.trim())) add('ageTo', 'Oldest age must be a whole number, like 18');
  if (values.capacity.trim() !== '' && !/^\d{1,7}$/.test(values.capacity.trim())) add('capacity', 'Capacity must be a whole number, like 40');
  const amount = plainAmount(values.annualValue);
  if (amount !== '' && !/^-?\d+(\.\d{1,2})?$/.test(amount)) add('annualValue', 'Annual value must be an amount in pounds, like 450000 or 450000.50');
  for (const field of dateFields) errors.push(...dateProblems(field, serviceFieldLabels[field], values[field]));
  return errors;
}

/** Reads the record a 412 carries, if it looks like a service. */
export function asService(record: Record<string, unknown> | undefined): Service | undefined {
  if (!record || typeof record.name !== 'string' || typeof record.version !== 'number') return undefined;
  return record as unknown as Service;
}

/** The service form's fields, as the record form needs them. */
export const serviceFormFields: FormFields<ServiceFormValues, Service> = {
  emptyValues: () => emptyValues(),
  validate,
  fieldRoots: serviceFieldRoots,
  readCurrent: asService,
  valuesFrom: valuesFromService,
  firstFieldId: 'name',
  controlIds: serviceControlIds,
  labels: serviceFieldLabels,
};

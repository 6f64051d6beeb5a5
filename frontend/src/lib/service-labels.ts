import type { Labelled } from '@/lib/labels';
import type { components } from '@/types/api';

type ServiceTier = components['schemas']['ServiceTier'];
type Sector = components['schemas']['Sector'];
type FundingModel = components['schemas']['FundingModel'];
type CommissioningStage = components['schemas']['CommissioningStage'];
type ServiceStatus = components['schemas']['ServiceStatus'];
type EhcpSetting = components['schemas']['EhcpSetting'];
type CapacityUnit = components['schemas']['CapacityUnit'];

/** The types of setting of DfE's EHC plans release, as it names them. */
export const ehcpSettings: Labelled<EhcpSetting> = [
  { value: 'mainstream_school', label: 'Mainstream schools' },
  { value: 'special_school', label: 'Special schools' },
  { value: 'alternative_provision', label: 'Alternative provision' },
  { value: 'further_education', label: 'Further education and post-16' },
  { value: 'educated_elsewhere', label: 'Educated elsewhere' },
  { value: 'early_years', label: 'Non-maintained early years' },
];

export const capacityUnits: Labelled<CapacityUnit> = [
  { value: 'places', label: 'Places' },
  { value: 'caseload_per_year', label: 'Caseload a year' },
];

/** "40 places", "120 a year", or null when no capacity is recorded. */
export function formatCapacity(capacity: number | null, unit: CapacityUnit | null): string | null {
  if (capacity === null) return null;
  const count = new Intl.NumberFormat('en-GB').format(capacity);
  return unit === 'caseload_per_year' ? `${count} a year (caseload)` : `${count} ${capacity === 1 ? 'place' : 'places'}`;
}

export const serviceTiers: Labelled<ServiceTier> = [
  { value: 'universal', label: 'Universal' },
  { value: 'targeted', label: 'Targeted' },
  { value: 'specialist', label: 'Specialist' },
];

export const sectors: Labelled<Sector> = [
  { value: 'education', label: 'Education' },
  { value: 'health', label: 'Health' },
  { value: 'social_care', label: 'Social care' },
];

export const fundingModels: Labelled<FundingModel> = [
  { value: 'pooled', label: 'Pooled budget' },
  { value: 'aligned', label: 'Aligned budgets' },
  { value: 'single', label: 'Single commissioner' },
];

export const commissioningStages: Labelled<CommissioningStage> = [
  { value: 'understand', label: 'Understand' },
  { value: 'plan', label: 'Plan' },
  { value: 'do', label: 'Do' },
  { value: 'review', label: 'Review' },
];

export const serviceStatuses: Labelled<ServiceStatus> = [
  { value: 'planned', label: 'Planned' },
  { value: 'active', label: 'Active' },
  { value: 'decommissioned', label: 'Decommissioned' },
];

/** "5 to 18", "From 5", "Up to 18", or "All ages" when neither is given. */
export function formatAges(from: number | null | undefined, to: number | null | undefined): string {
  const hasFrom = from !== null && from !== undefined;
  const hasTo = to !== null && to !== undefined;
  if (hasFrom && hasTo) return `${from} to ${to}`;
  if (hasFrom) return `From ${from}`;
  if (hasTo) return `Up to ${to}`;
  return 'Not given';
}

import type { Labelled } from '@/lib/labels';
import type { components } from '@/types/api';

type ServiceTier = components['schemas']['ServiceTier'];
type Sector = components['schemas']['Sector'];
type FundingModel = components['schemas']['FundingModel'];
type CommissioningStage = components['schemas']['CommissioningStage'];
type ServiceStatus = components['schemas']['ServiceStatus'];

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

import type { CommissioningStage, FundingModel, PrimaryNeed, Sector, ServiceStatus, ServiceTier } from '@/features/service/types';
import { labelOf, type Labelled } from '@/lib/labels';

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

/** The primary-need codes of the DfE school census, with their names. */
export const primaryNeeds: Labelled<PrimaryNeed> = [
  { value: 'SPLD', label: 'Specific learning difficulty' },
  { value: 'MLD', label: 'Moderate learning difficulty' },
  { value: 'SLD', label: 'Severe learning difficulty' },
  { value: 'PMLD', label: 'Profound and multiple learning difficulty' },
  { value: 'SEMH', label: 'Social, emotional and mental health' },
  { value: 'SLCN', label: 'Speech, language and communication needs' },
  { value: 'HI', label: 'Hearing impairment' },
  { value: 'VI', label: 'Vision impairment' },
  { value: 'MSI', label: 'Multi-sensory impairment' },
  { value: 'PD', label: 'Physical disability' },
  { value: 'ASD', label: 'Autistic spectrum disorder' },
  { value: 'OTH', label: 'Other difficulty or disability' },
  { value: 'NSA', label: 'SEN support but no specialist assessment of type of need' },
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

/** "ASD: Autistic spectrum disorder". */
export function needLabel(need: PrimaryNeed): string {
  return `${need}: ${labelOf(primaryNeeds, need)}`;
}

/** "5 to 18", "From 5", "Up to 18", or "All ages" when neither is given. */
export function formatAges(from: number | null | undefined, to: number | null | undefined): string {
  const hasFrom = from !== null && from !== undefined;
  const hasTo = to !== null && to !== undefined;
  if (hasFrom && hasTo) return `${from} to ${to}`;
  if (hasFrom) return `From ${from}`;
  if (hasTo) return `Up to ${to}`;
  return 'Not given';
}

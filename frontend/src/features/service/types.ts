import type { Versioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Service = components['schemas']['Service'];
export type ServiceInput = components['schemas']['ServiceInput'];
export type ServiceTier = components['schemas']['ServiceTier'];
export type Sector = components['schemas']['Sector'];
export type PrimaryNeed = components['schemas']['PrimaryNeed'];
export type FundingModel = components['schemas']['FundingModel'];
export type CommissioningStage = components['schemas']['CommissioningStage'];
export type ServiceStatus = components['schemas']['ServiceStatus'];
export type EhcpSetting = components['schemas']['EhcpSetting'];
export type CapacityUnit = components['schemas']['CapacityUnit'];
export type VersionedService = Versioned<Service>;

import type { Versioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Coproduction = components['schemas']['Coproduction'];
export type CoproductionInput = components['schemas']['CoproductionInput'];
export type CoproductionKind = components['schemas']['CoproductionKind'];
export type CoproductionStatus = components['schemas']['CoproductionStatus'];
export type LundyPrinciple = components['schemas']['LundyPrinciple'];
export type VersionedCoproduction = Versioned<Coproduction>;

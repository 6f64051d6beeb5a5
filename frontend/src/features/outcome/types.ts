import type { Versioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Outcome = components['schemas']['Outcome'];
export type OutcomeInput = components['schemas']['OutcomeInput'];
export type VersionedOutcome = Versioned<Outcome>;

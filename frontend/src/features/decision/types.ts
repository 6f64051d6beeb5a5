import type { Versioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Decision = components['schemas']['Decision'];
export type DecisionInput = components['schemas']['DecisionInput'];
export type DecisionKind = components['schemas']['DecisionKind'];
export type ForecastEvidence = components['schemas']['ForecastEvidence'];
export type DecisionSummary = components['schemas']['DecisionSummary'];
export type VersionedDecision = Versioned<Decision>;

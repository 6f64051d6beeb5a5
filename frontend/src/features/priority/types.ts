import type { Versioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Priority = components['schemas']['Priority'];
export type PriorityInput = components['schemas']['PriorityInput'];
export type RagStatus = components['schemas']['RagStatus'];
export type ActionStatus = components['schemas']['ActionStatus'];

export type VersionedPriority = Versioned<Priority>;

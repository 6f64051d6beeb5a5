import type { components } from '@/types/api';

export type Priority = components['schemas']['Priority'];
export type PriorityInput = components['schemas']['PriorityInput'];
export type RagStatus = components['schemas']['RagStatus'];
export type ActionStatus = components['schemas']['ActionStatus'];

/** A priority with the ETag to send back in If-Match when changing it. */
export type VersionedPriority = { priority: Priority; etag: string };

import type { components } from '@/types/api';

export type PlaceSummary = components['schemas']['PlaceSummary'];
export type Place = components['schemas']['Place'];
export type PlaceLevel = components['schemas']['PlaceLevel'];
export type Closeness = components['schemas']['Closeness'];

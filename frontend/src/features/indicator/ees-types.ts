import type { components } from '@/types/api';

export type EesMapping = components['schemas']['EesMapping'];
export type EesImportReport = components['schemas']['EesImportReport'];
export type EesPreviewValue = EesImportReport['preview'][number];
export type SavedMapping = components['schemas']['SavedMapping'];
export type SavedMappingInput = components['schemas']['SavedMappingInput'];
export type Suppression = components['schemas']['Suppression'];

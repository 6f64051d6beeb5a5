import type { components } from '@/types/api';

type Schemas = components['schemas'];

export type Sufficiency = Schemas['Sufficiency'];
export type SufficiencyRow = Sufficiency['rows'][number];
export type SufficiencyYear = SufficiencyRow['years'][number];
export type NotForecast = Sufficiency['notForecast'][number];
export type EhcpSetting = Schemas['EhcpSetting'];

/** The what-if the page asks for: growth a year more or less than forecast, and places added to one setting. */
export type ScenarioRequest = { growthChange?: number; addedPlaces?: { setting: EhcpSetting; places: number } };

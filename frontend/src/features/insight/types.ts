import type { components } from '@/types/api';

type Schemas = components['schemas'];

/** How an area's latest value stands against a comparator's (England when loaded), as the trend endpoint gives it. */
export type Comparison = { areaCode: string; period: string; value: number; difference: number };

/** The API declares a key indicator's comparison as a bare object; it holds a `Comparison`. */
export type KeyIndicator = Omit<Schemas['Dashboard']['keyIndicators'][number], 'comparison'> & { comparison: Comparison | null };
export type Dashboard = Omit<Schemas['Dashboard'], 'keyIndicators'> & { keyIndicators: KeyIndicator[] };
export type ServiceDate = Schemas['ServiceDate'];
export type MeasureProgress = Schemas['MeasureProgress'];
export type TrendPoint = Schemas['TrendPoint'];
export type Direction = Schemas['Direction'];
export type Trace = Schemas['Trace'];
export type TraceType = Trace['type'];
export type TraceFlag = Trace['flags'][number];
export type LinkRef = Schemas['LinkRef'];
export type BrokenChains = Schemas['BrokenChains'];
export type GapAnalysis = Schemas['GapAnalysis'];
export type NeedGap = GapAnalysis['needs'][number];
export type BoardReport = Omit<Schemas['BoardReport'], 'dashboard'> & { dashboard: Dashboard };
export type BoardPriority = BoardReport['priorities'][number];

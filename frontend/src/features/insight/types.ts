import type { components } from '@/types/api';

type Schemas = components['schemas'];

export type KeyIndicator = Schemas['Dashboard']['keyIndicators'][number];
export type Dashboard = Schemas['Dashboard'];
export type ActionDue = Dashboard['actionsDue'][number];
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
export type BoardReport = Schemas['BoardReport'];
export type BoardPriority = BoardReport['priorities'][number];

import type { components } from '@/types/api';
import type { Sufficiency, SufficiencyRow } from '@/features/sufficiency/types';

type ForecastEvidence = components['schemas']['ForecastEvidence'];

/**
 * The figures of one setting or need as the page shows them (the forecast without any scenario),
 * in the shape a decision keeps as its evidence: a snapshot that a later forecast does not change.
 */
export function decisionEvidence(sufficiency: Sufficiency, row: SufficiencyRow, takenAt: Date): ForecastEvidence {
  return {
    indicatorCode: row.indicatorCode,
    breakdown: row.breakdown,
    category: row.category,
    horizon: sufficiency.horizon,
    method: sufficiency.method.name,
    takenAt: takenAt.toISOString(),
    points: row.years.map((year) => ({
      period: year.period,
      forecast: year.demand,
      lower80: year.lower80,
      upper80: year.upper80,
      lower95: year.lower95,
      upper95: year.upper95,
      capacity: year.capacity,
      gap: year.gap,
    })),
  };
}

import { describe, expect, it } from 'vitest';
import { specialSchools, sufficiency } from '@/features/sufficiency/sufficiency-fixtures';
import { decisionEvidence } from '@/features/sufficiency/utils/decision-evidence';

describe('the evidence a decision keeps from the sufficiency page', () => {
  const takenAt = new Date('2026-11-30T10:15:00Z');

  it('names the series and copies every year with its intervals, capacity and gap', () => {
    const evidence = decisionEvidence(sufficiency, specialSchools, takenAt);
    expect(evidence).toMatchObject({
      indicatorCode: 'ehcp_plans',
      breakdown: 'setting',
      category: 'Special schools',
      horizon: 3,
      method: sufficiency.method.name,
      takenAt: '2026-11-30T10:15:00.000Z',
    });
    expect(evidence.points.map((point) => point.period)).toEqual(specialSchools.years.map((year) => year.period));
    const last = specialSchools.years.at(-1)!;
    expect(evidence.points.at(-1)).toEqual({
      period: last.period,
      forecast: last.demand,
      lower80: last.lower80,
      upper80: last.upper80,
      lower95: last.lower95,
      upper95: last.upper95,
      capacity: last.capacity,
      gap: last.gap,
    });
  });

  it('keeps the baseline, not a scenario shown beside it', () => {
    const withScenario = { ...specialSchools, years: specialSchools.years.map((year) => ({ ...year, scenarioDemand: year.demand + 100, scenarioGap: 999 })) };
    const evidence = decisionEvidence(sufficiency, withScenario, takenAt);
    expect(evidence.points.map((point) => point.forecast)).toEqual(specialSchools.years.map((year) => year.demand));
    expect(evidence.points.map((point) => point.gap)).not.toContain(999);
  });
});

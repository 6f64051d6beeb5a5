import type { Sufficiency, SufficiencyRow } from '@/features/sufficiency/types';
import { service } from '@/test/fixtures';

const years = ['2025/26', '2026/27', '2027/28'];

/** Special schools: 300 held in 2024/25, forecast to pass a capacity of 330 from 2026/27. */
export const specialSchools: SufficiencyRow = {
  dimension: 'setting',
  code: 'special_school',
  label: 'Special schools',
  indicatorCode: 'ehcp_plans',
  breakdown: 'setting',
  category: 'Special schools',
  shortfall: true,
  firstShortfallPeriod: '2026/27',
  largestGap: 70,
  services: [{ id: service.id, name: 'Oakwood special school', status: 'active', capacity: 330, capacityUnit: 'places' }],
  history: [
    { period: '2023/24', value: 280 },
    { period: '2024/25', value: 300 },
  ],
  years: years.map((period, i) => ({
    period,
    demand: 320 + 40 * i,
    lower80: 300 + 30 * i,
    upper80: 340 + 50 * i,
    lower95: 290 + 25 * i,
    upper95: 350 + 60 * i,
    capacity: 330,
    gap: 320 + 40 * i - 330,
    scenarioDemand: null,
    scenarioCapacity: null,
    scenarioGap: null,
  })),
};

/** Mainstream schools: forecast, but no service serving them records a capacity. */
export const mainstream: SufficiencyRow = {
  ...specialSchools,
  code: 'mainstream_school',
  label: 'Mainstream schools',
  category: 'Mainstream schools',
  shortfall: false,
  firstShortfallPeriod: null,
  largestGap: null,
  services: [],
  years: specialSchools.years.map((year) => ({ ...year, demand: year.demand * 2, capacity: null, gap: null })),
};

export const sufficiency: Sufficiency = {
  areaCode: 'E08000003',
  areaName: 'Manchester',
  horizon: 3,
  method: { code: 'pooled_log_growth', name: 'Log growth pooled across local authorities', description: 'The yearly growth of the figures on a log scale is carried on.' },
  scenario: null,
  servicesWithCapacity: 1,
  rows: [specialSchools, mainstream],
  notForecast: [
    { dimension: 'need', code: 'ASD', label: 'ASD', reason: 'only 1 year is held (2024/25); a forecast needs at least 5 consecutive years' },
  ],
};

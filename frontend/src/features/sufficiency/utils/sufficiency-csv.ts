import type { Sufficiency } from '@/features/sufficiency/types';

const header = [
  'dimension',
  'code',
  'label',
  'period',
  'demand',
  'lower_80',
  'upper_80',
  'lower_95',
  'upper_95',
  'capacity',
  'gap',
  'scenario_demand',
  'scenario_capacity',
  'scenario_gap',
];

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per setting or need and year, as the table shows them: what analysts take into Excel or R. */
export function sufficiencyCsv(sufficiency: Sufficiency): string {
  const lines = [header.join(',')];
  for (const row of sufficiency.rows) {
    for (const year of row.years) {
      lines.push(
        [
          row.dimension,
          row.code,
          row.label,
          year.period,
          year.demand,
          year.lower80,
          year.upper80,
          year.lower95,
          year.upper95,
          year.capacity,
          year.gap,
          year.scenarioDemand,
          year.scenarioCapacity,
          year.scenarioGap,
        ]
          .map(field)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

import { describe, expect, it } from 'vitest';
import { specialSchools, sufficiency } from '@/features/sufficiency/sufficiency-fixtures';
import { sufficiencyCsv } from '@/features/sufficiency/utils/sufficiency-csv';

describe('the sufficiency download', () => {
  it('has one row per setting and year, empty cells where there is no figure', () => {
    const lines = sufficiencyCsv({ ...sufficiency, rows: [specialSchools] }).split('\r\n');
    expect(lines[0]).toBe(
      'dimension,code,label,period,demand,lower_80,upper_80,lower_95,upper_95,capacity,gap,scenario_demand,scenario_capacity,scenario_gap',
    );
    expect(lines[1]).toBe('setting,special_school,Special schools,2025/26,320,300,340,290,350,330,-10,,,');
    expect(lines).toHaveLength(1 + 3 + 1);
  });

  it('quotes a label holding a comma', () => {
    const row = { ...specialSchools, label: 'Further education, post-16' };
    expect(sufficiencyCsv({ ...sufficiency, rows: [row] })).toContain(',"Further education, post-16",');
  });
});

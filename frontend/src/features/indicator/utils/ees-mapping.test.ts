import { describe, expect, it } from 'vitest';
import type { EesImportReport } from '@/features/indicator/ees-types';
import type { Indicator } from '@/features/indicator/types';
import {
  draftProblems,
  emptyDraft,
  emptyTarget,
  mappingErrorItems,
  previewCategory,
  previewFigure,
  skippedReasons,
  toMapping,
} from '@/features/indicator/utils/ees-mapping';

const plans = { code: 'ehcp_plans', name: 'EHC plans', unit: 'count', breakdowns: ['sex', 'setting'] } as Indicator;
const percent = { code: 'ehcp_plans_setting_percent', name: 'EHC plans by setting (%)', unit: 'percent', breakdowns: ['setting'] } as Indicator;
const columns = ['time_period', 'breakdown_topic', 'breakdown', 'ehcplans', 'special_total', 'special_total_pc'];

describe('an EES mapping built on the page', () => {
  it('becomes the API’s mapping: plain codes, categories as objects, the breakdown and the rows to keep', () => {
    const draft = {
      ...emptyDraft(),
      columns: {
        ehcplans: emptyTarget('ehcp_plans'),
        special_total_pc: { indicator: percent.code, breakdown: 'setting', category: ' Special schools ', numerator: 'special_total', denominator: 'ehcplans' },
      },
      breakdownColumn: 'breakdown',
      breakdownName: 'sex',
      topicColumn: 'breakdown_topic',
      topic: 'Sex',
      filters: { breakdown_topic: ['All EHC plans', 'Sex'], breakdown: [] },
      unknownPlaces: 'skip' as const,
    };
    expect(toMapping(draft)).toEqual({
      indicators: {
        ehcplans: 'ehcp_plans',
        special_total_pc: { indicator: percent.code, breakdown: 'setting', category: 'Special schools', numerator: 'special_total', denominator: 'ehcplans' },
      },
      breakdown: { column: 'breakdown', name: 'sex', topicColumn: 'breakdown_topic', topic: 'Sex' },
      filters: { breakdown_topic: ['All EHC plans', 'Sex'] },
      unknownPlaces: 'skip',
    });
    expect(toMapping({ ...emptyDraft(), columns: { ehcplans: emptyTarget('ehcp_plans') } })).toEqual({
      indicators: { ehcplans: 'ehcp_plans' },
      breakdown: null,
      filters: null,
      unknownPlaces: 'error',
    });
  });

  it('says what is missing before sending, where the choice is made', () => {
    expect(draftProblems(emptyDraft(), columns, [plans])).toEqual([
      { text: 'Choose an indicator for at least one column of the file', href: '#indicator-columns' },
    ]);
    const draft = {
      ...emptyDraft(),
      columns: { ehcplans: emptyTarget('ehcp_plans'), special_total_pc: { ...emptyTarget(percent.code), breakdown: 'setting' } },
      breakdownColumn: 'breakdown',
      breakdownName: 'ethnicity',
      topicColumn: 'breakdown_topic',
    };
    expect(draftProblems(draft, columns, [plans, percent]).map((problem) => `${problem.href} ${problem.text}`)).toEqual([
      '#breakdown-topic Enter the topic whose rows give the categories, for example Sex',
      '#column-3 EHC plans has no breakdown ethnicity (it has total, sex, setting): add it to the indicator in the catalogue first, or choose another',
      '#column-5 Enter the category that column special_total_pc is, for example Special schools',
    ]);
  });

  it('links the API’s problems with a mapping to the column they are about', () => {
    expect(
      mappingErrorItems(
        [
          { field: 'mapping.indicators.ehcplans', message: "'nope' is not an indicator of the catalogue: create it first, or pick one of the catalogue" },
          { field: 'mapping.breakdown', message: 'give either name (one breakdown) or topics' },
          { field: 'mapping', message: 'must be a JSON object' },
        ],
        columns,
      ),
    ).toEqual([
      { text: "Column ehcplans: 'nope' is not an indicator of the catalogue: create it first, or pick one of the catalogue", href: '#column-3' },
      { text: 'Breakdown: give either name (one breakdown) or topics', href: '#breakdown-name' },
      { text: 'Must be a JSON object' },
    ]);
  });
});

describe('a dry run in plain words', () => {
  const value = {
    indicatorCode: percent.code,
    areaCode: 'E08000003',
    period: '2024/25',
    periodStart: '2024-09-01',
    breakdown: 'setting',
    category: 'Special schools',
    value: 32.3,
    numerator: 184847,
    denominator: 576474,
    suppression: null,
  };

  it('says a figure in its unit, with what it is of, or why it was withheld', () => {
    expect(previewFigure(value, percent)).toBe('32.3% (184,847 of 576,474)');
    expect(previewFigure({ ...value, numerator: null, denominator: null, value: 2798 }, plans)).toBe('2,798');
    expect(previewFigure({ ...value, value: null, suppression: 'x' }, percent)).toBe('Withheld (x: not available)');
    expect(previewFigure({ ...value, value: null, suppression: 'low' }, percent)).toBe('Withheld (low: rounds to zero)');
    expect(previewCategory(value)).toBe('Setting: Special schools');
    expect(previewCategory({ ...value, breakdown: 'total', category: 'total' })).toBe('All (headline figure)');
    expect(previewCategory({ ...value, breakdown: 'primary_need', category: 'ASD' })).toBe('Primary need: ASD');
  });

  it('lists why rows were skipped, only the reasons that happened', () => {
    const report = {
      skipped: { otherLevels: { 'Local authority district': 120, Ward: 3 }, filteredOut: 40, otherBreakdowns: 0, emptyCells: 2, otherAreas: 7, unknownPlaces: { E10000002: 4 } },
    } as unknown as EesImportReport;
    expect(skippedReasons(report)).toEqual([
      { reason: 'Rows at other geographic levels: Local authority district (120), Ward (3)', count: 123 },
      { reason: 'Rows left out by the rows to keep', count: 40 },
      { reason: 'Empty cells (neither a figure nor a symbol)', count: 2 },
      { reason: 'Rows for places outside your areas', count: 7 },
      { reason: 'Rows for places the service does not know, by code: E10000002 (4)', count: 4 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { priorityHistoryFields } from '@/features/priority/utils/history-fields';
import { changeLine } from '@/lib/history-words';

const fields = priorityHistoryFields(new Map([['s1', 'SEND Strategy 2020-2023'], ['s2', 'SEND Strategy 2024-2027']]));

describe('a priority change in the words of its form', () => {
  it('says its status, rationale and strategy as the form does', () => {
    expect(changeLine({ field: 'status', before: 'on_track', after: 'at_risk' }, fields, 'update')).toBe('Status: On track → At risk');
    expect(changeLine({ field: 'rationale', before: null, after: 'Plans are late' }, fields, 'update')).toBe('Why this is a priority: (none) → Plans are late');
    expect(changeLine({ field: 'strategyId', before: 's1', after: 's2' }, fields, 'update')).toBe('Strategy: SEND Strategy 2020-2023 → SEND Strategy 2024-2027');
    expect(changeLine({ field: 'strategyId', before: 's1', after: 'gone' }, fields, 'update')).toBe('Strategy: SEND Strategy 2020-2023 → A strategy you cannot see');
  });

  it('counts its actions and measures and names those added, removed or changed', () => {
    const action = { description: 'Train writers', owner: 'SEND team', dueDate: '2025-09-30', status: 'in_progress' };
    expect(changeLine({ field: 'actions', before: [action], after: [{ ...action, status: 'done' }] }, fields, 'update')).toBe(
      'Actions: 1 action → 1 action. Added “Train writers (Done)”; removed “Train writers (In progress)”',
    );
    const measure = { description: 'Plans in 20 weeks', target: '90%', targetDate: '2026-03-31' };
    expect(changeLine({ field: 'measures', before: [measure], after: [{ ...measure, target: '95%' }] }, fields, 'update')).toBe(
      'Measures: 1 measure → 1 measure. Changed “Plans in 20 weeks”',
    );
    expect(changeLine({ field: 'measures', before: null, after: [measure] }, fields, 'create')).toBe('Measures: 1 measure. Added “Plans in 20 weeks”');
  });

  it('counts the outcomes it is linked to', () => {
    expect(changeLine({ field: 'outcomeIds', before: [], after: ['o1', 'o2'] }, fields, 'update')).toBe('Outcomes: (none) → 2 outcomes linked');
  });
});

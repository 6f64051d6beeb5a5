import { describe, expect, it } from 'vitest';
import { emptyValues, toInput, validate, type DecisionFormValues } from '@/features/decision/utils/form-values';
import { decisionHistoryFields } from '@/features/decision/utils/history-fields';
import { changeLine } from '@/lib/history-words';

function filled(change: Partial<DecisionFormValues> = {}): DecisionFormValues {
  return {
    ...emptyValues('77777777-7777-4777-8777-777777777777'),
    decidedOn: { day: '12', month: '3', year: '2025' },
    decision: 'extend',
    decidedBy: '  SEND Board ',
    ...change,
  };
}

describe('the decision form’s values', () => {
  it('are sent as the API reads them: the day as ISO, text trimmed, an empty rationale as none', () => {
    expect(toInput(filled({ rationale: '   ' }))).toEqual({
      serviceId: '77777777-7777-4777-8777-777777777777',
      decidedOn: '2025-03-12',
      decision: 'extend',
      decidedBy: 'SEND Board',
      rationale: null,
      indicatorCodes: [],
      coproductionIds: [],
      forecastEvidence: null,
    });
  });

  it('refuse a day to come, today being fine', () => {
    expect(validate(filled({ decidedOn: { day: '13', month: '3', year: '2025' } }), '2025-03-12')).toEqual([
      { field: 'decidedOn', message: 'Date decided must be today or in the past' },
    ]);
    expect(validate(filled(), '2025-03-12')).toEqual([]);
    expect(validate(filled({ decidedOn: { day: '31', month: '2', year: '2025' } }), '2025-03-12')).toEqual([
      { field: 'decidedOn', message: 'Date decided must be a real date' },
    ]);
  });

  it('start on the forecast a page handed over, with its indicator as evidence', () => {
    const forecast = { indicatorCode: 'ehc_plans', horizon: 1, method: 'trend', takenAt: '2025-03-10T09:30:00Z', points: [{ period: '2025/26', forecast: 10 }] };
    expect(emptyValues('', forecast)).toMatchObject({ forecastEvidence: forecast, indicatorCodes: ['ehc_plans'] });
  });
});

describe('a decision’s change in the words of its form', () => {
  const fields = decisionHistoryFields(new Map([['s1', 'Short breaks'], ['s2', 'ISCAN']]));

  it('names the decision, the day and the service', () => {
    expect(changeLine({ field: 'decision', before: 'extend', after: 'jointly_commission' }, fields, 'update')).toBe('Decision: Extend → Jointly commission');
    expect(changeLine({ field: 'decidedOn', before: '2025-03-12', after: '2025-03-13' }, fields, 'update')).toBe('Date decided: 12 March 2025 → 13 March 2025');
    expect(changeLine({ field: 'serviceId', before: 's1', after: 's2' }, fields, 'update')).toBe('Service: Short breaks → ISCAN');
    expect(changeLine({ field: 'indicatorCodes', before: [], after: ['a', 'b'] }, fields, 'update')).toBe('Indicators: (none) → 2 indicators linked');
  });
});

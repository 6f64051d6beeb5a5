import { describe, expect, it } from 'vitest';
import { coproductionHistoryFields as fields } from '@/features/coproduction/utils/history-fields';
import { changeLine } from '@/lib/history-words';

describe('a co-production change in the words of its form', () => {
  it('says its kind, principles, dates and who took part', () => {
    expect(changeLine({ field: 'kind', before: 'drop_in', after: 'focus_group' }, fields, 'update')).toBe('Kind: Drop-in → Focus group');
    expect(changeLine({ field: 'principles', before: ['space'], after: ['space', 'voice'] }, fields, 'update')).toBe('Lundy principles: Space → Space, Voice');
    expect(changeLine({ field: 'feedbackGivenOn', before: null, after: '2025-06-01' }, fields, 'update')).toBe('Date feedback was given: (none) → 1 June 2025');
    expect(
      changeLine({ field: 'participants', before: { childrenYoungPeople: 12, parentsCarers: null }, after: { childrenYoungPeople: 12, parentsCarers: 5 } }, fields, 'update'),
    ).toBe('Who took part: Children and young people 12 → Children and young people 12, Parents and carers 5');
    expect(changeLine({ field: 'serviceIds', before: ['s1'], after: [] }, fields, 'update')).toBe('Services: 1 service linked → (none)');
  });
});

import { describe, expect, it } from 'vitest';
import { strategyHistoryFields as fields } from '@/features/strategy/utils/history-fields';
import { changeLine } from '@/lib/history-words';

describe('a strategy change in words', () => {
  it('says its status and period as its page does', () => {
    expect(changeLine({ field: 'status', before: 'draft', after: 'active' }, fields, 'update')).toBe('Status: Draft → Active');
    expect(changeLine({ field: 'periodEnd', before: '2023-03-31', after: '2024-03-31' }, fields, 'update')).toBe('End of period: 31 March 2023 → 31 March 2024');
    expect(changeLine({ field: 'principles', before: ['Early help'], after: ['Early help', 'Co-production'] }, fields, 'update')).toBe(
      'Principles: Early help → Early help, Co-production',
    );
  });
});

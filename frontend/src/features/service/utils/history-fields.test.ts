import { describe, expect, it } from 'vitest';
import { serviceHistoryFields as fields } from '@/features/service/utils/history-fields';
import { changeLine } from '@/lib/history-words';

describe('a service change in the words of its form', () => {
  it('says dates, money and enumerations as the register does', () => {
    expect(changeLine({ field: 'contractEnd', before: '2026-03-31', after: null }, fields, 'update')).toBe('Contract end date: 31 March 2026 → (none)');
    expect(changeLine({ field: 'annualValue', before: 450000, after: 450000.5 }, fields, 'update')).toBe('Annual value: £450,000 → £450,000.50');
    expect(changeLine({ field: 'stage', before: 'plan', after: 'do' }, fields, 'update')).toBe('Commissioning stage: Plan → Do');
    expect(changeLine({ field: 'fundingModel', before: 'pooled', after: 'single' }, fields, 'update')).toBe('Funding model: Pooled budget → Single commissioner');
    expect(changeLine({ field: 'status', before: 'active', after: 'decommissioned' }, fields, 'update')).toBe('Status: Active → Decommissioned');
  });

  it('says lists of codes by their names and linked records by their count', () => {
    expect(changeLine({ field: 'needs', before: ['ASD'], after: ['ASD', 'SLCN'] }, fields, 'update')).toBe(
      'Primary needs: Autistic spectrum disorder → Autistic spectrum disorder, Speech, language and communication needs',
    );
    expect(changeLine({ field: 'sectors', before: null, after: ['education', 'social_care'] }, fields, 'create')).toBe('Sectors: Education, Social care');
    expect(changeLine({ field: 'priorityIds', before: ['p1'], after: ['p1', 'p2', 'p3'] }, fields, 'update')).toBe(
      'Priorities: 1 priority linked → 3 priorities linked',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { outcomeHistoryFields } from '@/features/outcome/utils/history-fields';
import { changeLine } from '@/lib/history-words';

describe('an outcome change in the words of its form', () => {
  it('says its statement and indicators', () => {
    const fields = outcomeHistoryFields(new Map(), new Map([['ehcp_rate', 'EHC plans per 1,000 pupils']]));
    expect(changeLine({ field: 'statement', before: 'Fewer exclusions', after: 'No exclusions' }, fields, 'update')).toBe('Outcome statement: Fewer exclusions → No exclusions');
    expect(changeLine({ field: 'indicatorCodes', before: ['ehcp_rate'], after: ['ehcp_rate', 'ks2_rwm'] }, fields, 'update')).toBe(
      // Named where the catalogue knows the code; one it does not know (archived, unseen) stays a code.
      'Indicators that show progress: EHC plans per 1,000 pupils → EHC plans per 1,000 pupils, ks2_rwm',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { mergeValues, valueInWords } from '@/lib/record-merge';

type Values = { title: string; status: string; lead: string; actions: { key: string; description: string }[] };

const base: Values = { title: 'Short breaks', status: 'on_track', lead: 'Head of SEND', actions: [{ key: 'a', description: 'Open a club' }] };

describe('merging a form with the version someone else saved', () => {
  it('keeps the fields only one side changed and names the clashes', () => {
    const mine = { ...base, title: 'Short breaks for all', lead: 'SEND lead', actions: [{ key: 'b', description: 'Open a club' }] };
    const theirs = { ...base, status: 'at_risk', lead: 'Commissioner', actions: [{ key: 'c', description: 'Open a club' }] };

    const merge = mergeValues(base, mine, theirs);

    expect(merge.merged).toMatchObject({ title: 'Short breaks for all', status: 'at_risk', lead: 'SEND lead' });
    expect(merge.theirsOnly).toEqual(['status']);
    expect(merge.mineOnly).toEqual(['title']);
    expect(merge.clashes).toEqual(['lead']);
  });

  it('does not ask about a field both changed the same way', () => {
    const mine = { ...base, status: 'at_risk' };
    const theirs = { ...base, status: 'at_risk' };
    expect(mergeValues(base, mine, theirs).clashes).toEqual([]);
  });

  it('says a value in words', () => {
    expect(valueInWords('')).toBe('Nothing');
    expect(valueInWords([{ key: 'a', description: 'Open a club', owner: '' }, { key: 'b', description: 'Train staff', owner: 'SENCO' }])).toBe(
      'Open a club; Train staff, SENCO',
    );
    expect(valueInWords({ day: '31', month: '3', year: '2026' })).toBe('31/3/2026');
    expect(valueInWords([])).toBe('None');
    expect(valueInWords('off_track')).toBe('Off track');
    expect(valueInWords(['66666666-6666-4666-8666-666666666666'])).toBe('1 linked record');
  });
});

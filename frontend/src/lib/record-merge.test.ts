import { describe, expect, it } from 'vitest';
import { fieldInWords, mergeValues, valueInWords, type FieldWords } from '@/lib/record-merge';

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

  it('says a plain value in words: text as typed, yes or no, a date as the app writes it', () => {
    expect(valueInWords('')).toBe('None');
    expect(valueInWords('Head of SEND')).toBe('Head of SEND');
    expect(valueInWords(40)).toBe('40');
    expect(valueInWords(false)).toBe('No');
    expect(valueInWords({ day: '31', month: '3', year: '2026' })).toBe('31 March 2026');
    expect(valueInWords({ day: '31', month: '2', year: '2026' })).toBe('31 2 2026');
    expect(valueInWords({ day: '', month: '', year: '' })).toBe('None');
  });

  it('says a field in the words the form gives for it, and a plain one it gives none for as it is', () => {
    const words: FieldWords<Values> = {
      status: (status) => (status === 'on_track' ? 'On track' : 'Another status'),
      actions: (actions) => actions.map((action) => action.description).join('\n'),
    };

    expect(fieldInWords(words, 'status', 'on_track')).toBe('On track');
    expect(fieldInWords(words, 'actions', base.actions)).toBe('Open a club');
    expect(fieldInWords(words, 'lead', 'SEND lead')).toBe('SEND lead');
  });
});

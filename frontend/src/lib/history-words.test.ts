import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/lib/format';
import { actionWord, changeLine, changeWords, enumWords, humanise, linkedWords, type HistoryFields } from '@/lib/history-words';

const fields: HistoryFields = {
  labels: { status: 'Status', 'participants.parentsCarers': 'Parents and carers' },
  values: { status: enumWords([{ value: 'on_track', label: 'On track' }, { value: 'at_risk', label: 'At risk' }]), outcomeIds: linkedWords('outcome') },
};

describe('a change in words', () => {
  it('says an enumeration by its labels', () => {
    expect(changeLine({ field: 'status', before: 'on_track', after: 'at_risk' }, fields, 'update')).toBe('Status: On track → At risk');
  });

  it('says an empty value as (none), before or after', () => {
    expect(changeLine({ field: 'status', before: null, after: 'at_risk' }, fields, 'update')).toBe('Status: (none) → At risk');
    expect(changeLine({ field: 'lead', before: 'SEND team', after: '' }, fields, 'update')).toBe('Lead: SEND team → (none)');
  });

  it('says what a record was created with, without a before', () => {
    expect(changeLine({ field: 'status', before: null, after: 'on_track' }, fields, 'create')).toBe('Status: On track');
  });

  it('counts linked records', () => {
    expect(changeWords({ field: 'outcomeIds', before: ['a'], after: ['a', 'b'] }, fields)).toEqual({ label: 'Outcome', before: '1 outcome linked', after: '2 outcomes linked' });
  });

  it('puts a field no one described in words: its name humanised, dates, codes and lists readable', () => {
    expect(changeLine({ field: 'nextReviewOn', before: '2026-03-31', after: '2026-09-30' }, fields, 'update')).toBe(
      'Next review on: 31 March 2026 → 30 September 2026',
    );
    expect(changeLine({ field: 'fundingBasis', before: 'spot_purchase', after: 'block_contract' }, fields, 'update')).toBe(
      'Funding basis: Spot purchase → Block contract',
    );
    expect(changeLine({ field: 'keywords', before: ['autism'], after: ['autism', 'speech'] }, fields, 'update')).toBe('Keywords: autism → autism, speech');
    expect(changeLine({ field: 'places', before: 12, after: 1500 }, fields, 'update')).toBe('Places: 12 → 1,500');
    expect(changeLine({ field: 'contacts', before: [], after: [{ name: 'A' }, { name: 'B' }] }, fields, 'update')).toBe('Contacts: (none) → 2 items');
    expect(changeLine({ field: 'participants', before: null, after: { parentsCarers: 5, otherPeople: 2 } }, fields, 'update')).toBe(
      'Participants: (none) → Parents and carers 5, Other people 2',
    );
    expect(changeLine({ field: 'published', before: false, after: true }, fields, 'update')).toBe('Published: No → Yes');
  });

  it('names lists of things by what was added, removed or changed', () => {
    const withActions: HistoryFields = { labels: { actions: 'Actions' }, itemLists: { actions: { singular: 'action', name: (action) => String(action.description) } } };
    expect(
      changeLine(
        {
          field: 'actions',
          before: [{ description: 'Train writers', status: 'in_progress' }, { description: 'Audit plans' }],
          after: [{ description: 'Train writers', status: 'done' }, { description: 'Hold a forum' }, { description: 'Survey parents' }],
        },
        withActions,
        'update',
      ),
    ).toBe('Actions: 2 actions → 3 actions. Added “Hold a forum”, “Survey parents”; removed “Audit plans”; changed “Train writers”');
  });
});

describe('the words of a history entry', () => {
  it('says what was done', () => {
    expect(['create', 'update', 'archive', 'restore', 'import'].map((action) => actionWord(action as never))).toEqual([
      'Created',
      'Changed',
      'Archived',
      'Restored',
      'Imported',
    ]);
  });

  it('says when, in UK time, as GOV.UK writes it', () => {
    expect(formatDateTime('2026-12-01T18:37:29Z')).toBe('1 December 2026 at 6:37pm');
    expect(formatDateTime('2026-07-01T08:05:00Z')).toBe('1 July 2026 at 9:05am');
    expect(formatDateTime('2026-07-01T11:00:00Z')).toBe('1 July 2026 at midday');
  });

  it('humanises names from code', () => {
    expect(humanise('contractEnd')).toBe('Contract end');
    expect(humanise('on_track')).toBe('On track');
    expect(humanise('priorityIds')).toBe('Priority');
  });
});

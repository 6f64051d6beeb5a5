import { describe, expect, it } from 'vitest';
import {
  categoryWords,
  isWorseAndWorsening,
  notComparedNotes,
  quartileWords,
  rankWords,
  roleNames,
  rolesIn,
  trendReading,
  verdictOf,
} from '@/features/benchmark/utils/comparisons';
import { attendance, autism, benchmark, comparator, exclusions, plans, standing, timeliness, trend, withheld } from '@/test/benchmark-fixtures';

describe('how the place compares with a comparator', () => {
  it('reads a judgement by polarity in its word and colour', () => {
    expect(verdictOf(comparator('england', { significance: 'higher', judgement: 'better' }))).toEqual({ word: 'Better', colour: 'green', joiner: 'than' });
    expect(verdictOf(comparator('england', { significance: 'higher', judgement: 'worse' }))).toEqual({ word: 'Worse', colour: 'red', joiner: 'than' });
    expect(verdictOf(comparator('england', { significance: 'similar', judgement: 'similar' }))).toEqual({ word: 'Similar', colour: 'yellow', joiner: 'to' });
  });

  it('says higher or lower, in blue, where neither is better', () => {
    expect(verdictOf(comparator('england', { significance: 'higher', judgement: 'not_judged' }))).toMatchObject({ word: 'Higher', colour: 'default' });
    expect(verdictOf(comparator('england', { significance: 'lower', judgement: 'not_judged' }))).toMatchObject({ word: 'Lower', colour: 'default' });
    expect(verdictOf(comparator('england', { significance: 'similar', judgement: 'not_judged' }))).toMatchObject({ word: 'Similar', colour: 'yellow' });
  });

  it('says not compared, in grey, when there was no comparison or no comparator', () => {
    const notCompared = { word: 'Not compared', colour: 'grey', joiner: 'with' };
    expect(verdictOf(comparator('england', { significance: 'not_compared', judgement: null }))).toEqual(notCompared);
    expect(verdictOf(undefined)).toEqual(notCompared);
  });
});

describe('the comparator columns', () => {
  it('are England, the region and the neighbours, as far as the rows have them', () => {
    expect(rolesIn([timeliness])).toEqual(['england', 'region', 'neighbours_mean']);
    expect(rolesIn([benchmark({ comparators: [comparator('england')] })])).toEqual(['england']);
    expect(rolesIn([benchmark({ comparators: [] })])).toEqual([]);
  });

  it('are named by the places, the neighbours by what they are', () => {
    expect(roleNames([timeliness], 'region')).toEqual({ heading: 'North West', inSentence: 'North West' });
    expect(roleNames([timeliness], 'neighbours_mean')).toEqual({ heading: 'Statistical neighbours (average)', inSentence: "the statistical neighbours' average" });
  });
});

describe('why a row was not compared', () => {
  const roles = ['england', 'region', 'neighbours_mean'] as const;

  it('says a shared reason once', () => {
    expect(notComparedNotes(plans, [...roles])).toEqual(['A count is not compared between places of different sizes: compare a percentage or a rate.']);
  });

  it('names each comparator when the reasons are its own', () => {
    const row = benchmark({
      comparators: [
        comparator('england', { significance: 'higher', judgement: 'better' }),
        comparator('region', { value: null, significance: 'not_compared', judgement: null, reason: 'No figure for 2024.' }),
        comparator('neighbours_mean'),
      ],
    });
    expect(notComparedNotes(row, [...roles])).toEqual(['North West: No figure for 2024.']);
  });

  it('says nothing when every comparator was compared', () => {
    expect(notComparedNotes(timeliness, [...roles])).toEqual([]);
  });
});

describe('the recent trend in words', () => {
  it('says which way and whether that is better or worse, with the periods tested', () => {
    expect(trendReading(timeliness.trend)).toEqual({ words: 'Increasing and getting better', arrow: '↑', tone: 'better', hint: 'From 2020 to 2024' });
    expect(trendReading(attendance.trend)).toEqual({ words: 'Decreasing and getting worse', arrow: '↓', tone: 'worse', hint: 'From 2020 to 2024' });
    expect(trendReading(autism.trend)).toMatchObject({ words: 'Increasing', arrow: '↑', tone: 'neutral' });
    expect(trendReading(trend())).toMatchObject({ words: 'No significant change', arrow: '→' });
  });

  it('gives the reason when there is no trend to test', () => {
    expect(trendReading(plans.trend)).toEqual({ words: 'Cannot be calculated', tone: 'neutral', hint: 'Only percentages and rates with numerators and denominators are tested for trend.' });
    expect(trendReading(withheld.trend)).toEqual({ words: 'Not enough data', tone: 'neutral', hint: 'The test needs 5 periods; there are 3.' });
  });
});

describe('the place among local authorities', () => {
  it('ranks best first by polarity, highest first without one', () => {
    expect(rankWords(standing({ rank: 12, of: 152 }))).toBe('12th best of 152');
    expect(rankWords(standing({ rank: 1 }))).toBe('Best of 152');
    expect(rankWords(standing({ rank: 22, ordering: 'highest_first' }))).toBe('22nd highest of 152');
    expect(rankWords(standing({ rank: 113 }))).toBe('113th best of 152');
    expect(rankWords(standing({ rank: 3, ordering: 'highest_first' }))).toBe('3rd highest of 152');
  });

  it('says why there is no rank', () => {
    expect(rankWords(withheld.localAuthorities)).toBe("Manchester's figure for 2024 is withheld.");
  });

  it('names the quarter: 1 best and 4 worst, or highest and lowest', () => {
    expect(quartileWords(standing({ quartile: 1 }))).toBe('Best quarter');
    expect(quartileWords(standing({ quartile: 4 }))).toBe('Worst quarter');
    expect(quartileWords(standing({ quartile: 1, ordering: 'highest_first' }))).toBe('Highest quarter');
    expect(quartileWords(standing({ quartile: 3, ordering: 'highest_first' }))).toBe('Second-lowest quarter');
    expect(quartileWords(standing({ quartile: null }))).toBeUndefined();
  });
});

describe('the filter "worse than England and getting worse"', () => {
  it('keeps only rows worse than England whose trend is getting worse', () => {
    const rows = [timeliness, plans, autism, attendance, exclusions, withheld];
    expect(rows.filter(isWorseAndWorsening)).toEqual([attendance]);
  });

  it('does not take worse than the region for worse than England', () => {
    const row = benchmark({
      comparators: [comparator('england', { judgement: 'similar' }), comparator('region', { significance: 'lower', judgement: 'worse' })],
      trend: trend({ result: 'decreasing', judgement: 'worse' }),
    });
    expect(isWorseAndWorsening(row)).toBe(false);
  });
});

describe('the category in words', () => {
  it('names a primary need and heads a category by its breakdown', () => {
    expect(categoryWords(autism)).toBe('Primary need: Autistic spectrum disorder');
    expect(categoryWords({ breakdown: 'setting', category: 'Mainstream schools' })).toBe('Setting: Mainstream schools');
    expect(categoryWords({ breakdown: 'primary_need', category: 'Something new' })).toBe('Primary need: Something new');
  });

  it('is none for a headline figure', () => {
    expect(categoryWords(timeliness)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { spineOf } from '@/features/benchmark/utils/spine';
import { benchmark, comparator, exclusions, manchesterPlace, standing, timeliness, withheld } from '@/test/benchmark-fixtures';

describe('the spine', () => {
  it('runs from the worst to the best where higher is better', () => {
    const spine = spineOf(
      benchmark({
        indicator: { polarity: 'higher_is_better' },
        value: { value: 70 },
        comparators: [comparator('england', { value: 50 })],
        localAuthorities: standing({ lowest: 10, lowerQuartile: 40, median: 50, upperQuartile: 60, highest: 110 }),
      }),
    );
    expect(spine).toEqual({ ends: { left: 'Worst', right: 'Best' }, band: { from: 0.3, to: 0.5 }, england: 0.4, place: 0.6 });
  });

  it('turns round where lower is better, so that the best is still on the right', () => {
    // Lowest 2, highest 22: a rate of 12.4 is 52% of the way up, so 48% of the way from the worst.
    const spine = spineOf(exclusions);
    expect(spine?.ends).toEqual({ left: 'Worst', right: 'Best' });
    expect(spine?.place).toBeCloseTo(0.48);
    expect(spine?.england).toBeCloseTo(0.61);
    // The middle half, 6 to 11, runs from 11 (55% of the way from the worst) to 6 (80%).
    expect(spine?.band.from).toBeCloseTo(0.55);
    expect(spine?.band.to).toBeCloseTo(0.8);
  });

  it('runs from the lowest to the highest where neither is better', () => {
    const spine = spineOf(benchmark({ indicator: { polarity: 'no_judgement' } }));
    expect(spine?.ends).toEqual({ left: 'Lowest', right: 'Highest' });
  });

  it('has no marker for a withheld figure, and keeps England on the scale', () => {
    const spine = spineOf({ ...withheld, localAuthorities: { ...withheld.localAuthorities, lowest: 0, lowerQuartile: 25, upperQuartile: 75, highest: 100 } });
    expect(spine?.place).toBeUndefined();
    expect(spine?.england).toBe(0.5);
  });

  it('puts everything in the middle when every local authority has the same figure', () => {
    const spine = spineOf(benchmark({ value: { value: 100 }, localAuthorities: standing({ lowest: 100, lowerQuartile: 100, upperQuartile: 100, highest: 100 }) }));
    expect(spine).toMatchObject({ band: { from: 0.5, to: 0.5 }, place: 0.5 });
  });

  it('draws England as the line of its own profile, with no marker', () => {
    const england = { code: 'E92000001', name: 'England', level: 'country' as const, region: null };
    const spine = spineOf(benchmark({ place: england, value: { value: 50 }, comparators: [] }));
    expect(spine).toMatchObject({ england: 0.5, place: undefined });
  });

  it('is none when no local authority has a figure', () => {
    expect(spineOf(benchmark({ place: manchesterPlace, localAuthorities: standing({ lowest: null, lowerQuartile: null, median: null, upperQuartile: null, highest: null }) }))).toBeUndefined();
  });

  it('keeps a figure outside the range on the spine', () => {
    expect(spineOf({ ...timeliness, value: { ...timeliness.value, value: 120 } })?.place).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { verdictOf } from '@/features/indicator/utils/verdict';
import { comparator, england, manchesterBenchmark, neighboursMean, northWest, wigan } from '@/test/benchmark-series-fixtures';

const everyComparator = ['england', 'region', 'neighbours'] as const;

describe('the verdict in words', () => {
  it('says how the place stands against each comparator asked for, and its recent trend', () => {
    const verdict = verdictOf(manchesterBenchmark(), [...everyComparator]);

    expect(verdict.headline).toBe(
      "Manchester: 63.5% in 2024, better than England (46.5%), similar to North West (62%) and better than its statistical neighbours' mean (60%).",
    );
    expect(verdict.trend).toBe('Recent trend: increasing and getting better.');
    expect(verdict.basis).toBe(
      "95% confidence interval of Manchester's figure: 61.5% to 65.5%. Better or worse means the other figure lies outside it; similar, inside it.",
    );
    expect(verdict.notCompared).toEqual([]);
  });

  it('leaves out the comparators not asked for, and speaks of places picked that have a figure', () => {
    const benchmark = manchesterBenchmark({
      comparators: [
        ...manchesterBenchmark().comparators,
        comparator('other', wigan, { value: 70.4, period: '2024', significance: 'lower', judgement: 'worse', method: 'ci95_against_value' }),
        comparator('other', { code: 'E06000028', name: 'Bournemouth' }, { period: null, reason: 'No figure for 2024.' }),
      ],
    });

    const verdict = verdictOf(benchmark, ['england']);

    expect(verdict.headline).toBe('Manchester: 63.5% in 2024, better than England (46.5%) and worse than Wigan (70.4%).');
    expect(verdict.notCompared).toEqual([]);
  });

  it('reads higher and lower, not better and worse, for an indicator with no polarity', () => {
    const benchmark = manchesterBenchmark({
      comparators: [comparator('england', england, { value: 46.2, significance: 'higher', judgement: 'not_judged', method: 'ci95_against_value' })],
    });

    expect(verdictOf(benchmark, ['england']).headline).toBe('Manchester: 63.5% in 2024, higher than England (46.2%).');
  });

  it('says what was not compared and why, and a trend that cannot be told', () => {
    const benchmark = manchesterBenchmark({
      indicator: { ...manchesterBenchmark().indicator, unit: 'count' },
      value: { ...manchesterBenchmark().value, value: 2798, intervals: { ci95: null, ci998: null, method: null } },
      comparators: [
        comparator('england', england, { value: 638745, reason: 'A count is not compared between places of different sizes.' }),
        comparator('region', northWest, { value: 90123, reason: 'A count is not compared between places of different sizes.' }),
        comparator('neighbours_mean', neighboursMean, { value: null, period: null, reason: 'No neighbour has a figure for 2024' }),
      ],
      trend: { ...manchesterBenchmark().trend, result: 'cannot_be_calculated', judgement: null, reason: 'The figure is a count, not a proportion.' },
    });

    const verdict = verdictOf(benchmark, [...everyComparator]);

    expect(verdict.headline).toBe('Manchester: 2,798 in 2024.');
    expect(verdict.notCompared).toEqual([
      'Not compared with England (638,745) or North West (90,123). A count is not compared between places of different sizes.',
      "Not compared with its statistical neighbours' mean. No neighbour has a figure for 2024.",
    ]);
    expect(verdict.trend).toBe('Recent trend: cannot be calculated. The figure is a count, not a proportion.');
    expect(verdict.basis).toBeUndefined();
  });

  it('says a withheld figure is withheld, and a comparator’s other period', () => {
    const benchmark = manchesterBenchmark({
      value: { ...manchesterBenchmark().value, value: null, suppression: 'c', intervals: { ci95: null, ci998: null, method: null } },
      comparators: [comparator('england', england, { value: 46.2, period: '2023', reason: 'Manchester has no interval' })],
      trend: { ...manchesterBenchmark().trend, result: 'no_significant_change', judgement: null },
    });

    const verdict = verdictOf(benchmark, ['england']);

    expect(verdict.headline).toBe('Manchester: withheld (c: confidential) in 2024.');
    expect(verdict.notCompared).toEqual(['Not compared with England (46.2%, 2023). Manchester has no interval.']);
    expect(verdict.trend).toBe('Recent trend: no significant change.');
  });
});

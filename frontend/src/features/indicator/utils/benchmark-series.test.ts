import { describe, expect, it } from 'vitest';
import { isDrawn, latestOfEach, notDrawnNote, ofOtherPeriods, seriesName, shownSeries, withoutFigures } from '@/features/indicator/utils/benchmark-series';
import { england, manchesterPlace, manchesterSeries, neighboursMean, northWest, point, seriesOf, wigan } from '@/test/explorer-fixtures';

const cumbria = { code: 'E10000006', name: 'Cumbria' };
const bournemouth = { code: 'E06000028', name: 'Bournemouth' };
const picked = [
  seriesOf('other', wigan, [point('2022', 70), point('2023', 71)]),
  seriesOf('other', cumbria, [point('2021', 80), point('2022', 67.2)]),
  seriesOf('other', bournemouth, []),
];
const all = [...manchesterSeries, ...picked];
const everyComparator = ['england', 'region', 'neighbours'] as const;

describe('the series shown', () => {
  it('are the place, the places picked, then England, the region and the neighbours’ mean, with their points oldest first', () => {
    const shown = shownSeries(all, [...everyComparator], {});

    expect(shown.map(seriesName)).toEqual(['Manchester', 'Wigan', 'Cumbria', 'England', 'North West', "Statistical neighbours' mean"]);
    expect(shown[0].points.map((one) => one.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('draw the neighbours’ mean only when it is asked for, and England and the region likewise', () => {
    expect(shownSeries(all, ['england'], {}).map(seriesName)).toEqual(['Manchester', 'Wigan', 'Cumbria', 'England']);
    expect(shownSeries(all, ['neighbours'], {}).map(seriesName)).toEqual(['Manchester', 'Wigan', 'Cumbria', "Statistical neighbours' mean"]);
  });

  it('keep only the points in the range, and no series left empty', () => {
    const shown = shownSeries(all, [...everyComparator], { start: '2023-01-01' });

    expect(shown.map(seriesName)).toEqual(['Manchester', 'Wigan', 'England', 'North West', "Statistical neighbours' mean"]);
    expect(shown[0].points.map((one) => one.period)).toEqual(['2023', '2024']);
  });

  it('show a place picked that is also a comparator once', () => {
    const withEnglandPicked = [...manchesterSeries, seriesOf('other', england, [point('2024', 46.2)])];

    expect(shownSeries(withEnglandPicked, ['england'], {}).map(seriesName)).toEqual(['Manchester', 'England']);
  });
});

describe('the series drawn', () => {
  it('leave England and the region of a count to the tables, and say so', () => {
    expect(manchesterSeries.filter((one) => isDrawn(one, 'count')).map(seriesName)).toEqual(['Manchester', "Statistical neighbours' mean"]);
    expect(notDrawnNote(manchesterSeries, 'count')).toBe("England and North West are in the table but not drawn: a count for a larger place dwarfs one local authority's.");
    expect(manchesterSeries.every((one) => isDrawn(one, 'percent'))).toBe(true);
    expect(notDrawnNote(manchesterSeries, 'rate_per_1000')).toBe('');
  });
});

describe('the places without figures', () => {
  const chosen = [manchesterPlace, wigan, cumbria, bournemouth, { code: 'E06000029', name: 'Poole' }];

  it('are named, whether the answer has an empty series for them or none', () => {
    expect(withoutFigures(chosen, all, [...everyComparator], {})).toEqual([
      { name: 'Bournemouth', inOtherPeriods: false, comparator: false },
      { name: 'Poole', inOtherPeriods: false, comparator: false },
    ]);
  });

  it('include those with figures only outside the range, and comparators asked for with none', () => {
    const noComparators = [
      ...all.filter((one) => one.role !== 'region' && one.role !== 'neighbours_mean'),
      seriesOf('region', northWest, []),
      seriesOf('neighbours_mean', neighboursMean, []),
    ];

    expect(withoutFigures(chosen, noComparators, ['region', 'neighbours'], { start: '2023-01-01' })).toEqual([
      { name: 'Cumbria', inOtherPeriods: true, comparator: false },
      { name: 'Bournemouth', inOtherPeriods: false, comparator: false },
      { name: 'Poole', inOtherPeriods: false, comparator: false },
      { name: 'North West', inOtherPeriods: false, comparator: true },
      { name: "Manchester's statistical neighbours", inOtherPeriods: false, comparator: true },
    ]);
  });

  it('leave out a place whose figures are withheld: a withheld figure is shown as such', () => {
    const withheld = [seriesOf('other', cumbria, [point('2024', null, { suppression: 'c' })])];

    expect(withoutFigures([cumbria], withheld, [], {})).toEqual([]);
  });
});

describe('the latest figures compared', () => {
  it('are each series’ last by the day its period starts, withheld ones too', () => {
    const series = [
      seriesOf('place', manchesterPlace, [point('2024', 63.5), point('2023', 51)]),
      seriesOf('other', wigan, [point('2023', null, { suppression: 'c' }), point('2022', 70)]),
    ];

    expect(latestOfEach(series).map(({ series: one, point: figure }) => [one.name, figure.period, figure.value])).toEqual([
      ['Manchester', '2024', 63.5],
      ['Wigan', '2023', null],
    ]);
  });

  it('need a warning for those of another period than the place’s', () => {
    const latest = latestOfEach(shownSeries(all, ['england'], {}));

    expect(ofOtherPeriods(latest).map(({ series: one, point: figure }) => `${one.name} ${figure.period}`)).toEqual(['Wigan 2023', 'Cumbria 2022']);
    expect(ofOtherPeriods(latestOfEach(shownSeries(manchesterSeries, [...everyComparator], {})))).toEqual([]);
  });

  it('name the neighbours’ mean for what it is, not as the API names it', () => {
    expect(seriesName(seriesOf('neighbours_mean', neighboursMean, []))).toBe("Statistical neighbours' mean");
  });
});

import type { Benchmark } from '@/features/benchmark/types';
import { comparatorOf } from '@/features/benchmark/utils/comparisons';

/**
 * Where a row's figures sit on its spine, each from 0 (the left end) to 1 (the right end). The
 * spine runs from the lowest local authority to the highest, worst on the left and best on the
 * right when the indicator has a polarity (lowest to highest when it has none); `band` is their
 * middle half (the 25th to the 75th percentile), `england` England's value and `place` the place's.
 */
export type Spine = {
  ends: { left: 'Worst' | 'Lowest'; right: 'Best' | 'Highest' };
  band: { from: number; to: number };
  england?: number;
  place?: number;
};

/**
 * The spine of a row, or none when fewer than two local authorities have a value for its period.
 * A figure outside the local authorities' range is not on the spine: England's count of plans is
 * a total, on no local authority's scale.
 */
export function spineOf(row: Benchmark): Spine | undefined {
  const { of, lowest, lowerQuartile, upperQuartile, highest } = row.localAuthorities;
  if (of < 2 || lowest === null || highest === null || lowerQuartile === null || upperQuartile === null) return undefined;
  const reversed = row.indicator.polarity === 'lower_is_better';
  const at = (value: number): number => {
    const share = highest === lowest ? 0.5 : (value - lowest) / (highest - lowest);
    return reversed ? 1 - share : share;
  };
  const onSpine = (value: number | null | undefined) => (value === null || value === undefined || value < lowest || value > highest ? undefined : at(value));
  const [from, to] = [at(lowerQuartile), at(upperQuartile)].sort((a, b) => a - b);
  // England's own profile has no England comparator: its value is the line, and there is no marker.
  const isEngland = row.place.level === 'country';
  return {
    ends: row.indicator.polarity === 'no_judgement' ? { left: 'Lowest', right: 'Highest' } : { left: 'Worst', right: 'Best' },
    band: { from, to },
    england: onSpine(isEngland ? row.value.value : comparatorOf(row, 'england')?.value),
    place: isEngland ? undefined : onSpine(row.value.value),
  };
}

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

/** The spine of a row, or none when no local authority has a value for its period. */
export function spineOf(row: Benchmark): Spine | undefined {
  const { lowest, lowerQuartile, upperQuartile, highest } = row.localAuthorities;
  if (lowest === null || highest === null || lowerQuartile === null || upperQuartile === null) return undefined;
  const reversed = row.indicator.polarity === 'lower_is_better';
  const at = (value: number): number => {
    const share = highest === lowest ? 0.5 : Math.min(1, Math.max(0, (value - lowest) / (highest - lowest)));
    return reversed ? 1 - share : share;
  };
  const [from, to] = [at(lowerQuartile), at(upperQuartile)].sort((a, b) => a - b);
  // England's own profile has no England comparator: its value is the line, and there is no marker.
  const isEngland = row.place.level === 'country';
  const englandValue = isEngland ? row.value.value : comparatorOf(row, 'england')?.value;
  return {
    ends: row.indicator.polarity === 'no_judgement' ? { left: 'Lowest', right: 'Highest' } : { left: 'Worst', right: 'Best' },
    band: { from, to },
    england: englandValue === null || englandValue === undefined ? undefined : at(englandValue),
    place: isEngland || row.value.value === null ? undefined : at(row.value.value),
  };
}

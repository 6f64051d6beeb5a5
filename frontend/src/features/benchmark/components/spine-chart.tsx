import '@/features/benchmark/components/profile.css';
import type { TagColour } from '@/components/govuk/tag';
import type { Benchmark } from '@/features/benchmark/types';
import { comparatorOf, verdictOf } from '@/features/benchmark/utils/comparisons';
import { spineOf } from '@/features/benchmark/utils/spine';
import { formatIndicatorValue } from '@/lib/indicator-values';

const width = 200;
const height = 30;
/** Room for the marker at either end. */
const inset = 8;
const x = (share: number) => inset + share * (width - 2 * inset);

/** The marker's fill, as the tag of the comparison with England. */
const markerFills: Partial<Record<TagColour, string>> = { green: '#0f7a52', red: '#ca3535', yellow: '#ffdd00', default: '#1d70b8' };

/**
 * Fingertips' spine: the range of local authorities (light), their middle half (dark), England as
 * a line and the place as a marker coloured by its comparison with England. The drawing is for
 * the eye; the same figures are in the row and, for the spread, in words out of sight.
 */
export function SpineChart({ row }: { row: Benchmark }) {
  const spine = spineOf(row);
  const { lowest, lowerQuartile, median, upperQuartile, highest } = row.localAuthorities;
  if (!spine) return <span className="govuk-hint govuk-!-margin-0">No local authority figures for {row.period}</span>;
  const figure = (value: number | null) => formatIndicatorValue(value, row.indicator.unit);
  const fill = markerFills[verdictOf(comparatorOf(row, 'england')).colour] ?? '#ffffff';
  return (
    <div className="sendhub-spine">
      <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        <rect x={x(0)} y={9} width={x(1) - x(0)} height={12} fill="#cecece" />
        <rect data-band="" x={x(spine.band.from)} y={9} width={Math.max(x(spine.band.to) - x(spine.band.from), 1)} height={12} fill="#505a5f" />
        {spine.england !== undefined && <line data-england="" x1={x(spine.england)} x2={x(spine.england)} y1={2} y2={28} stroke="#0b0c0c" strokeWidth={3} />}
        {spine.place !== undefined && (
          <circle data-place="" cx={x(spine.place)} cy={15} r={6.5} fill={fill} stroke="#0b0c0c" strokeWidth={1.5} />
        )}
      </svg>
      <span className="sendhub-spine__ends" aria-hidden="true">
        <span>{spine.ends.left}</span>
        <span>{spine.ends.right}</span>
      </span>
      <span className="govuk-visually-hidden">
        Local authorities in {row.period}: lowest {figure(lowest)}, 25th percentile {figure(lowerQuartile)}, median {figure(median)}, 75th
        percentile {figure(upperQuartile)}, highest {figure(highest)}.
      </span>
    </div>
  );
}

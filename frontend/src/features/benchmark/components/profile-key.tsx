import '@/features/benchmark/components/profile.css';
import { Tag } from '@/components/govuk/tag';
import type { ConfidenceLevel } from '@/features/benchmark/types';

/** A spine as each row draws it, for the key: the range, the middle half, England's line and a marker. */
function SampleSpine({ marker }: { marker: boolean }) {
  return (
    <svg className="sendhub-key__spine" viewBox="0 0 120 30" aria-hidden="true" focusable="false">
      <rect x={6} y={9} width={108} height={12} fill="#cecece" />
      <rect x={38} y={9} width={40} height={12} fill="#505a5f" />
      <line x1={62} x2={62} y1={2} y2={28} stroke="#0b0c0c" strokeWidth={3} />
      {marker && <circle cx={92} cy={15} r={6.5} fill="#0f7a52" stroke="#0b0c0c" strokeWidth={1.5} />}
    </svg>
  );
}

/**
 * How to read the tags, the trend and the spines: colour never says anything the words do not.
 * England's own profile (`compared` false) has no comparisons and no marker.
 */
export function ProfileKey({ placeName, confidenceLevel, compared }: { placeName: string; confidenceLevel: ConfidenceLevel; compared: boolean }) {
  return (
    <section className="sendhub-key" aria-labelledby="key-heading">
      <h2 className="govuk-heading-s" id="key-heading">
        How to read the profile
      </h2>
      <dl className="sendhub-key__list">
        {compared && (
          <>
            <dt>
              <span className="sendhub-tags">
                <Tag colour="green">Better</Tag>
                <Tag colour="yellow">Similar</Tag>
                <Tag colour="red">Worse</Tag>
              </span>
            </dt>
            <dd>
              Where a higher or a lower figure is better: whether {placeName} is better or worse than the comparator, or similar to it. A
              difference counts only when the comparator&apos;s figure lies outside {placeName}&apos;s {confidenceLevel}% confidence interval.
            </dd>
            <dt>
              <span className="sendhub-tags">
                <Tag>Higher</Tag>
                <Tag>Lower</Tag>
              </span>
            </dt>
            <dd>Where neither is better: whether {placeName}&apos;s figure is higher or lower, in the same way.</dd>
            <dt>
              <Tag colour="grey">Not compared</Tag>
            </dt>
            <dd>
              There is no confidence interval (for example a count with nothing to divide it by, as places differ in size) or no figure to
              compare with. The row says why.
            </dd>
          </>
        )}
        <dt>Recent trend</dt>
        <dd>Whether the last five yearly figures rise or fall by more than chance would explain (at 99.8% confidence, as Fingertips).</dd>
        <dt>
          <SampleSpine marker={compared} />
          <span className="govuk-visually-hidden">Spread of local authorities</span>
        </dt>
        <dd>
          The bar runs from the lowest local authority to the highest, its dark part the middle half of them (the 25th to the 75th
          percentile). The black line is England{compared && <>, the circle {placeName}, coloured as its comparison with England</>}. Worst
          is on the left and best on the right where a higher or a lower figure is better; lowest on the left where neither is.
        </dd>
      </dl>
    </section>
  );
}

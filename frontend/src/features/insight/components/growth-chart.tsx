import type { NeedGap } from '@/features/insight/types';

const figure = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const barHeight = 24;
const gap = 8;
const labelWidth = 70;
const valueWidth = 70;
const width = 600;

/**
 * Growth in % of each need whose growth is known, as horizontal bars in rank order. The table beside
 * it holds the same figures, so the picture is described in a sentence rather than read out bar by bar.
 */
export function GrowthChart({ needs }: { needs: NeedGap[] }) {
  const known = [...needs].sort((a, b) => a.rank - b.rank).filter((need) => need.growthPercent !== null);
  if (known.length === 0) return null;
  const largest = Math.max(...known.map((need) => Math.abs(need.growthPercent ?? 0)), 1);
  const scale = (width - labelWidth - valueWidth) / largest;
  const height = known.length * (barHeight + gap);
  const summary = `Bar chart of growth in % by primary need: ${known
    .map((need) => `${need.need} ${figure.format(need.growthPercent ?? 0)}%`)
    .join(', ')}. The table below gives the same figures.`;
  return (
    <figure className="sendhub-chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {known.map((need, index) => {
          const y = index * (barHeight + gap);
          const length = Math.max(Math.abs(need.growthPercent ?? 0) * scale, 1);
          return (
            <g key={need.need}>
              <text x={0} y={y + barHeight * 0.7} className="sendhub-chart__label">
                {need.need}
              </text>
              <rect x={labelWidth} y={y} width={length} height={barHeight} className="sendhub-chart__bar" />
              <text x={labelWidth + length + 6} y={y + barHeight * 0.7} className="sendhub-chart__label">
                {figure.format(need.growthPercent ?? 0)}%
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="govuk-body-s">Growth in % by primary need, highest rank first. The figures are in the table.</figcaption>
    </figure>
  );
}

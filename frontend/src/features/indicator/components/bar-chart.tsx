import { ChartFigure, useChartWidth, type Grid } from '@/features/indicator/components/chart-frame';
import { linear, niceTicks } from '@/features/indicator/components/chart-scale';
import '@/features/indicator/components/charts.css';
import { formatIndicatorValue, type IndicatorUnit } from '@/lib/indicator-values';

export type Bar = { label: string; value: number };

const barHeight = 28;
const gap = 12;
/** Narrower than this, each bar's label goes above it rather than beside it. */
const labelsBesideFrom = 480;
const labelLine = 22;

/** Horizontal bars, one per label, each with its value written at its end; the numbers are in a table beside it. */
export function BarChart({ label, bars, unit }: { label: string; bars: Bar[]; unit: IndicatorUnit }) {
  const [figure, width] = useChartWidth();
  const beside = width >= labelsBesideFrom;
  const margin = beside ? { top: 8, right: 96, bottom: 32, left: 200 } : { top: 8, right: 72, bottom: 32, left: 16 };
  const above = beside ? 0 : labelLine;
  const rowHeight = above + barHeight + gap;
  const height = margin.top + bars.length * rowHeight + margin.bottom;
  const values = bars.map((bar) => bar.value);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const x = linear(ticks[0], ticks[ticks.length - 1], margin.left, width - margin.right);
  const axisBottom = height - margin.bottom;

  const grid: Grid = {
    ticks,
    unit,
    line: (tick) => ({ x1: x(tick), x2: x(tick), y1: margin.top, y2: axisBottom }),
    label: (tick) => ({ x: x(tick), y: axisBottom + 20, textAnchor: 'middle' }),
  };

  return (
    <ChartFigure label={label} figure={figure} size={{ width, height }} grid={grid}>
      {bars.map((bar, index) => {
        const top = margin.top + index * rowHeight + above;
        const start = Math.min(x(0), x(bar.value));
        return (
          <g key={bar.label}>
            {beside ? (
              <text className="sendhub-chart__axis-label" x={margin.left - 8} y={top + barHeight / 2} textAnchor="end" dominantBaseline="middle">
                {bar.label}
              </text>
            ) : (
              <text className="sendhub-chart__axis-label" x={margin.left} y={top - 6}>
                {bar.label}
              </text>
            )}
            <rect data-bar="" x={start} y={top} width={Math.max(Math.abs(x(bar.value) - x(0)), 1)} height={barHeight} fill="#1d70b8" />
            <text className="sendhub-chart__axis-label" x={Math.max(x(0), x(bar.value)) + 6} y={top + barHeight / 2} dominantBaseline="middle">
              {formatIndicatorValue(bar.value, unit)}
            </text>
          </g>
        );
      })}
      <line className="sendhub-chart__axis" x1={x(0)} x2={x(0)} y1={margin.top} y2={axisBottom} />
    </ChartFigure>
  );
}

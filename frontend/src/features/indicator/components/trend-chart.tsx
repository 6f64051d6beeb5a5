import { ChartFigure, useChartWidth, type Grid } from '@/features/indicator/components/chart-frame';
import { linear, niceTicks, seriesStyle } from '@/features/indicator/components/chart-scale';
import '@/features/indicator/components/charts.css';
import type { IndicatorUnit } from '@/lib/indicator-values';

export type ChartPoint = { value: number; lowerCi?: number | null; upperCi?: number | null };
/** One line: a point (or none) for each period, in the order of the periods; `style` picks its colour and dash (its place in the list by default). */
export type ChartSeries = { name: string; points: (ChartPoint | undefined)[]; style?: number };

const height = 320;
const margin = { top: 16, right: 24, bottom: 40, left: 80 };
/** About the width of a character of the axis labels (14 px GDS Transport), to keep period labels apart. */
const characterWidth = 8;
/** Lines are set a little apart at each period, so that their intervals do not hide each other. */
const lineSpacing = 4;

/** Every how many periods a label fits, without labels running into each other. */
function labelStep(periods: string[], spacing: number): number {
  const widest = Math.max(...periods.map((period) => period.length)) * characterWidth + 12;
  return Math.max(1, Math.ceil(widest / Math.max(spacing, 1)));
}

/** A line per series over the periods, with confidence intervals as whiskers; the numbers are in a table beside it. */
export function TrendChart({ label, periods, series, unit }: { label: string; periods: string[]; series: ChartSeries[]; unit: IndicatorUnit }) {
  const [figure, width] = useChartWidth();
  const numbers = series.flatMap((line) =>
    line.points.flatMap((point) => (point ? [point.value, point.lowerCi ?? point.value, point.upperCi ?? point.value] : [])),
  );
  const ticks = niceTicks(Math.min(0, ...numbers), Math.max(...numbers));
  const y = linear(ticks[0], ticks[ticks.length - 1], height - margin.bottom, margin.top);
  const plotWidth = width - margin.left - margin.right;
  const x = (index: number) => (periods.length === 1 ? margin.left + plotWidth / 2 : margin.left + (index / (periods.length - 1)) * plotWidth);
  const step = labelStep(periods, periods.length > 1 ? plotWidth / (periods.length - 1) : plotWidth);
  // The last period is always labelled; the others every `step`, counted back from it.
  const labelled = (index: number) => (periods.length - 1 - index) % step === 0;
  const offset = (lineIndex: number) => (lineIndex - (series.length - 1) / 2) * lineSpacing;

  const grid: Grid = {
    ticks,
    unit,
    line: (tick) => ({ x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick) }),
    label: (tick) => ({ x: margin.left - 8, y: y(tick), textAnchor: 'end', dominantBaseline: 'middle' }),
  };

  return (
    <ChartFigure label={label} figure={figure} size={{ width, height }} grid={grid} legend={series.length > 1 && <Legend series={series} />}>
      <line className="sendhub-chart__axis" x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} />
      {periods.map((period, index) =>
        labelled(index) ? (
          <text key={period} className="sendhub-chart__axis-label" x={x(index)} y={height - margin.bottom + 24} textAnchor="middle">
            {period}
          </text>
        ) : null,
      )}
      {series.map((line, lineIndex) => {
        const { colour, dash } = seriesStyle(line.style ?? lineIndex);
        const placed = line.points.flatMap((point, index) => (point ? [{ ...point, x: x(index) + offset(lineIndex) }] : []));
        return (
          <g key={line.name} data-series={line.name}>
            {placed.length > 1 && (
              <polyline
                fill="none"
                stroke={colour}
                strokeWidth={3}
                strokeDasharray={dash}
                points={placed.map((point) => `${point.x},${y(point.value)}`).join(' ')}
              />
            )}
            {placed.map((point) =>
              point.lowerCi != null && point.upperCi != null ? (
                <g key={`ci-${point.x}`} stroke={colour} strokeWidth={2} data-ci="">
                  <line x1={point.x} x2={point.x} y1={y(point.lowerCi)} y2={y(point.upperCi)} />
                  <line x1={point.x - 5} x2={point.x + 5} y1={y(point.lowerCi)} y2={y(point.lowerCi)} />
                  <line x1={point.x - 5} x2={point.x + 5} y1={y(point.upperCi)} y2={y(point.upperCi)} />
                </g>
              ) : null,
            )}
            {placed.map((point) => (
              <circle key={`point-${point.x}`} data-point="" cx={point.x} cy={y(point.value)} r={5} fill={colour} stroke="#ffffff" strokeWidth={1.5} />
            ))}
          </g>
        );
      })}
    </ChartFigure>
  );
}

/** Which line is which, when there is more than one (hidden from screen readers: the table says it). */
function Legend({ series }: { series: ChartSeries[] }) {
  return (
    <ul className="sendhub-chart__legend govuk-body-s" aria-hidden="true">
      {series.map((line, index) => {
        const { colour, dash } = seriesStyle(line.style ?? index);
        return (
          <li key={line.name}>
            <svg width="32" height="12" focusable="false">
              <line x1="0" x2="32" y1="6" y2="6" stroke={colour} strokeWidth={3} strokeDasharray={dash} />
            </svg>
            {line.name}
          </li>
        );
      })}
    </ul>
  );
}

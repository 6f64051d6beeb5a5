import type { ReactNode, SVGProps } from 'react';
import { formatIndicatorValue, type IndicatorUnit } from '@/lib/indicator-values';

export type Grid = {
  ticks: number[];
  unit: IndicatorUnit;
  line: (tick: number) => { x1: number; x2: number; y1: number; y2: number };
  label: (tick: number) => Pick<SVGProps<SVGTextElement>, 'x' | 'y' | 'textAnchor' | 'dominantBaseline'>;
};

/**
 * A chart: its drawing, named for screen readers by `label` (the numbers themselves are in a
 * table beside it), over a grid of the value axis; `legend` follows the drawing.
 */
export function ChartFigure({
  label,
  size: { width, height },
  grid,
  legend,
  children,
}: {
  label: string;
  size: { width: number; height: number };
  grid: Grid;
  legend?: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="sendhub-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <title>{label}</title>
        <Gridlines {...grid} />
        {children}
      </svg>
      {legend}
    </figure>
  );
}

/** A grid line at each tick of the value axis, labelled with the value in its unit. */
function Gridlines({ ticks, unit, line, label }: Grid) {
  return ticks.map((tick) => (
    <g key={tick}>
      <line className="sendhub-chart__grid" {...line(tick)} />
      <text className="sendhub-chart__axis-label" {...label(tick)}>
        {formatIndicatorValue(tick, unit)}
      </text>
    </g>
  ));
}

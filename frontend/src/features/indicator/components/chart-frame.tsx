import type { ReactNode, SVGProps } from 'react';
import { formatIndicatorValue, type IndicatorUnit } from '@/lib/indicator-values';

/** A chart's drawing, named for screen readers by `label` (the numbers themselves are in a table beside it). */
export function ChartSvg({ label, width, height, children }: { label: string; width: number; height: number; children: ReactNode }) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      {children}
    </svg>
  );
}

/** A grid line at each tick of the value axis, labelled with the value in its unit. */
export function Gridlines({
  ticks,
  unit,
  line,
  label,
}: {
  ticks: number[];
  unit: IndicatorUnit;
  line: (tick: number) => { x1: number; x2: number; y1: number; y2: number };
  label: (tick: number) => Pick<SVGProps<SVGTextElement>, 'x' | 'y' | 'textAnchor' | 'dominantBaseline'>;
}) {
  return ticks.map((tick) => (
    <g key={tick}>
      <line className="sendhub-chart__grid" {...line(tick)} />
      <text className="sendhub-chart__axis-label" {...label(tick)}>
        {formatIndicatorValue(tick, unit)}
      </text>
    </g>
  ));
}

import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject, type SVGProps } from 'react';
import { formatIndicatorValue, type IndicatorUnit } from '@/lib/indicator-values';

export type Grid = {
  ticks: number[];
  unit: IndicatorUnit;
  line: (tick: number) => { x1: number; x2: number; y1: number; y2: number };
  label: (tick: number) => Pick<SVGProps<SVGTextElement>, 'x' | 'y' | 'textAnchor' | 'dominantBaseline'>;
};

/** The widest a chart is drawn (the figure's `max-width` in charts.css). */
export const widestChart = 760;

/**
 * The width a chart has on the page, so that it is drawn at that size and its text keeps its size
 * on a phone rather than shrinking with the drawing; the widest until the page is laid out.
 */
export function useChartWidth(): [RefObject<HTMLElement | null>, number] {
  const figure = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(widestChart);
  useLayoutEffect(() => {
    const element = figure.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const laidOut = Math.floor(entry.contentRect.width);
      if (laidOut > 0) setWidth(Math.min(widestChart, laidOut));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [figure, width];
}

/**
 * A chart: its drawing, named for screen readers by `label` (the numbers themselves are in a
 * table beside it), over a grid of the value axis; `legend` follows the drawing. `figure` takes
 * the ref of `useChartWidth`.
 */
export function ChartFigure({
  label,
  figure,
  size: { width, height },
  grid,
  legend,
  children,
}: {
  label: string;
  figure: RefObject<HTMLElement | null>;
  size: { width: number; height: number };
  grid: Grid;
  legend?: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="sendhub-chart" ref={figure}>
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

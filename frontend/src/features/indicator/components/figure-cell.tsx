import { intervalText } from '@/features/indicator/utils/chart-words';
import type { components } from '@/types/api';
import { formatFigure, type IndicatorUnit, type Suppression } from '@/lib/indicator-values';

type Intervals = components['schemas']['ValueIntervals'];

/** A figure of a series or a value, with what the tables say beside it. */
export type CellFigure = {
  value: number | null;
  suppression: Suppression | null;
  intervals: Intervals;
  note: string | null;
  /** A statistical neighbours' mean: how many neighbours had a figure. */
  places?: number | null;
};

/**
 * A figure as the tables show it: its value with its 95% confidence interval in brackets (or why
 * the source withheld it, in words), then what it is a mean of and its note.
 */
export function FigureCell({ figure, unit }: { figure: CellFigure; unit: IndicatorUnit }) {
  const interval = figure.value !== null ? figure.intervals.ci95 : null;
  return (
    <>
      {formatFigure(figure, unit)}
      {interval && ` (${intervalText(interval, unit)})`}
      {figure.places != null && <span className="sendhub-figure-aside">mean of {figure.places} neighbours</span>}
      {figure.note && <span className="sendhub-figure-aside">Note: {figure.note}</span>}
    </>
  );
}

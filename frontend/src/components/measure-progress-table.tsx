import { createContext, useContext, type ReactNode } from 'react';
import { DirectionTag, OnTargetTag } from '@/components/direction-tag';
import { Table } from '@/components/govuk/table';
import { formatDate } from '@/lib/format';
import { Link } from 'react-router-dom';
import { figureLabel } from '@/lib/indicator-choices';
import { asIndicatorUnit, formatFigureOf, formatIndicatorValue, type IndicatorUnit } from '@/lib/indicator-values';
import { indicatorsPath } from '@/lib/paths';
import type { components } from '@/types/api';

export type MeasureProgress = components['schemas']['MeasureProgress'];
type Benchmark = NonNullable<MeasureProgress['benchmark']>;

/**
 * How a benchmark reads in words ("Manchester: 63.5% in 2024, better than England (45.9%) …"):
 * the app provides the explorer's verdict, so that every page words a comparison the same way.
 */
export const BenchmarkWords = createContext<((benchmark: Benchmark) => string) | undefined>(undefined);

function hint(text: string) {
  return <span className="govuk-hint govuk-!-margin-0">{text}</span>;
}

function TargetCell({ measure, unit }: { measure: MeasureProgress; unit: IndicatorUnit | undefined }) {
  const by = measure.targetDate ? `by ${formatDate(measure.targetDate)}` : undefined;
  if (measure.targetValue === null) return hint(by ? `No figure set, ${by}` : 'None set');
  return (
    <>
      {formatIndicatorValue(measure.targetValue, unit)}
      {by && <span className="govuk-!-display-block">{by}</span>}
    </>
  );
}

/** How far the latest figure is from the target, in words: "12 above the target". */
function distance(measure: MeasureProgress, unit: IndicatorUnit | undefined): string | undefined {
  if (measure.toTarget === null || measure.onTarget === null || measure.onTarget) return undefined;
  const gap = formatIndicatorValue(Math.abs(measure.toTarget), unit);
  return `${gap} ${measure.toTarget < 0 ? 'above' : 'below'} the target`;
}

/**
 * Each measure as the SEND Board reads it: its indicator and the figure it follows, the latest
 * figure, the target, whether it is met and moving the right way, and how it compares with
 * England and the statistical neighbours. `labelOf` names the priority a row belongs to, where a
 * table mixes priorities.
 */
export function MeasureProgressTable({
  measures,
  caption,
  labelOf,
  areaCode,
}: {
  measures: MeasureProgress[];
  caption: string;
  labelOf?: (index: number) => ReactNode;
  /** The area whose figures these are: each indicator links to them in the explorer. */
  areaCode?: string;
}) {
  const benchmarkWords = useContext(BenchmarkWords);
  return (
    <Table
      caption={caption}
      captionHidden
      stacked
      head={[{ text: 'Measure' }, { text: 'Latest figure' }, { text: 'Target' }, { text: 'Progress' }, { text: 'Compared with England and neighbours' }]}
      rows={measures.map((measure, index) => {
        const unit = asIndicatorUnit(measure.unit);
        const figure = figureLabel(measure.breakdown, measure.category);
        const away = distance(measure, unit);
        return {
          key: `${index}-${measure.indicatorCode ?? ''}`,
          cells: [
            <>
              {labelOf && <span className="govuk-!-font-weight-bold govuk-!-display-block">{labelOf(index)}</span>}
              <span className="sendhub-pre-line govuk-!-display-block">{measure.description}</span>
              {measure.indicatorName && (
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
                  Indicator:{' '}
                  {areaCode && measure.indicatorCode ? (
                    <Link className="govuk-link" to={indicatorsPath({ indicator: measure.indicatorCode, areas: [areaCode] })}>
                      {measure.indicatorName}
                    </Link>
                  ) : (
                    measure.indicatorName
                  )}
                  {figure && `, ${figure}`}
                </span>
              )}
            </>,
            measure.latest ? formatFigureOf(measure.latest, unit) : hint(measure.indicatorName ? 'No figure yet' : 'No indicator'),
            <TargetCell key="target" measure={measure} unit={unit} />,
            measure.indicatorName ? (
              <span key="progress" className="sendhub-tags">
                <OnTargetTag onTarget={measure.onTarget} />
                <DirectionTag direction={measure.direction ?? undefined} />
                {away && <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{away}</span>}
              </span>
            ) : (
              ''
            ),
            measure.benchmark && benchmarkWords ? benchmarkWords(measure.benchmark) : hint(measure.indicatorName ? 'No comparison' : ''),
          ],
        };
      })}
    />
  );
}

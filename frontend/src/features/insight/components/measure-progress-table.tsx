import { DirectionTag, OnTargetTag } from '@/components/direction-tag';
import { Table } from '@/components/govuk/table';
import type { MeasureProgress } from '@/features/insight/types';
import { formatDate } from '@/lib/format';
import { asIndicatorUnit, formatFigureOf } from '@/lib/indicator-values';

function target(measure: MeasureProgress): string {
  const by = measure.targetDate ? `by ${formatDate(measure.targetDate)}` : '';
  if (measure.target) return by ? `${measure.target} ${by}` : measure.target;
  return by ? `None given, ${by}` : 'None given';
}

/** How each measure stands: its indicator's latest value, the target, and whether it is moving the right way. */
export function MeasureProgressTable({ measures, caption }: { measures: MeasureProgress[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionHidden
      stacked
      head={[{ text: 'Measure' }, { text: 'Latest value' }, { text: 'Target' }, { text: 'Direction' }]}
      rows={measures.map((measure, index) => {
        const unit = asIndicatorUnit(measure.unit);
        return {
          key: `${index}-${measure.indicatorCode ?? ''}`,
          cells: [
            <>
              {measure.description}
              {measure.indicatorName && (
                <>
                  <br />
                  <span className="govuk-body-s govuk-!-margin-0">Indicator: {measure.indicatorName}</span>
                </>
              )}
            </>,
            measure.latest ? (
              formatFigureOf(measure.latest, unit)
            ) : measure.indicatorCode ? (
              'No value yet'
            ) : (
              'No indicator'
            ),
            <>
              {target(measure)} <OnTargetTag onTarget={measure.onTarget} />
            </>,
            measure.indicatorCode ? <DirectionTag direction={measure.direction} /> : '',
          ],
        };
      })}
    />
  );
}

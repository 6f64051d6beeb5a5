import { DirectionTag } from '@/components/direction-tag';
import { Table } from '@/components/govuk/table';
import type { KeyIndicator } from '@/features/insight/types';
import { englandCode } from '@/lib/geography';
import { asIndicatorUnit, formatFigure, formatFigureOf, formatIndicatorChange } from '@/lib/indicator-values';

/** The comparator is England (E92000001) when loaded; another area is named by its code. */
function comparisonText(indicator: KeyIndicator): string {
  const { comparison } = indicator;
  if (!comparison) return 'No comparison';
  const unit = asIndicatorUnit(indicator.unit);
  const who = comparison.areaCode === englandCode ? 'England' : comparison.areaCode;
  const difference = comparison.difference === 0 ? 'the same' : `${formatIndicatorChange(comparison.difference, unit)} here`;
  return `${who} ${formatFigure(comparison, unit)} (${comparison.period}): ${difference}`;
}

export function KeyIndicatorsTable({ indicators, caption }: { indicators: KeyIndicator[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionHidden
      stacked
      head={[{ text: 'Indicator' }, { text: 'Latest value' }, { text: 'Previous value' }, { text: 'Trend' }, { text: 'Comparison' }]}
      rows={indicators.map((indicator) => {
        const unit = asIndicatorUnit(indicator.unit);
        return {
          key: indicator.indicatorCode,
          cells: [
            indicator.name,
            indicator.latest ? formatFigureOf(indicator.latest, unit) : 'No value yet',
            indicator.previous ? formatFigureOf(indicator.previous, unit) : 'None',
            <DirectionTag direction={indicator.direction} />,
            comparisonText(indicator),
          ],
        };
      })}
    />
  );
}

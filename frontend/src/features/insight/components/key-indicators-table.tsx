import { DirectionTag } from '@/components/direction-tag';
import { Table } from '@/components/govuk/table';
import type { KeyIndicator } from '@/features/insight/types';
import { asIndicatorUnit, formatIndicatorChange, formatIndicatorValue } from '@/lib/indicator-values';

/** The comparator is England (E92000001) when loaded; another area is named by its code. */
function comparisonText(indicator: KeyIndicator): string {
  const { comparison } = indicator;
  if (!comparison) return 'No comparison';
  const unit = asIndicatorUnit(indicator.unit);
  const who = comparison.areaCode === 'E92000001' ? 'England' : comparison.areaCode;
  const difference = comparison.difference === 0 ? 'the same' : `${formatIndicatorChange(comparison.difference, unit)} here`;
  return `${who} ${formatIndicatorValue(comparison.value, unit)} (${comparison.period}): ${difference}`;
}

export function KeyIndicatorsTable({ indicators, caption }: { indicators: KeyIndicator[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionHidden
      head={[{ text: 'Indicator' }, { text: 'Latest value' }, { text: 'Previous value' }, { text: 'Trend' }, { text: 'Comparison' }]}
      rows={indicators.map((indicator) => {
        const unit = asIndicatorUnit(indicator.unit);
        return {
          key: indicator.indicatorCode,
          cells: [
            indicator.name,
            indicator.latest ? `${formatIndicatorValue(indicator.latest.value, unit)} (${indicator.latest.period})` : 'No value yet',
            indicator.previous ? `${formatIndicatorValue(indicator.previous.value, unit)} (${indicator.previous.period})` : 'None',
            <DirectionTag direction={indicator.direction} />,
            comparisonText(indicator),
          ],
        };
      })}
    />
  );
}

import { MeasureProgressTable } from '@/components/measure-progress-table';
import type { KeyIndicator } from '@/features/insight/types';

/** Every measure of the live priorities that names an indicator, with the priority it belongs to. */
export function KeyIndicatorsTable({ areaCode, indicators, caption }: { areaCode: string; indicators: KeyIndicator[]; caption: string }) {
  return (
    <MeasureProgressTable
      measures={indicators.map((indicator) => indicator.measure)}
      caption={caption}
      areaCode={areaCode}
      labelOf={(index) => `Priority ${indicators[index].priorityNumber}: ${indicators[index].priorityTitle}`}
    />
  );
}

import { Table } from '@/components/govuk/table';
import type { SufficiencyRow } from '@/features/sufficiency/types';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function gapText(gap: number | null): string {
  if (gap === null) return 'No capacity recorded';
  if (gap > 0) return `Short by ${whole.format(gap)}`;
  return `${whole.format(-gap)} to spare`;
}

/** Year by year: the forecast with its intervals, the capacity, the gap; the scenario's beside them when asked for. */
export function SufficiencyTable({ row, withScenario }: { row: SufficiencyRow; withScenario: boolean }) {
  return (
    <Table
      caption={`Forecast against capacity: ${row.label}`}
      rowHeader
      stacked
      head={[
        { text: 'Year' },
        { text: 'Forecast', numeric: true },
        { text: '80% interval', numeric: true },
        { text: '95% interval', numeric: true },
        { text: 'Capacity', numeric: true },
        { text: 'Gap', numeric: true },
        ...(withScenario
          ? [
              { text: 'Scenario forecast', numeric: true },
              { text: 'Scenario capacity', numeric: true },
              { text: 'Scenario gap', numeric: true },
            ]
          : []),
      ]}
      rows={row.years.map((year) => ({
        key: year.period,
        cells: [
          year.period,
          whole.format(year.demand),
          `${whole.format(year.lower80)} to ${whole.format(year.upper80)}`,
          `${whole.format(year.lower95)} to ${whole.format(year.upper95)}`,
          year.capacity === null ? 'Not recorded' : whole.format(year.capacity),
          gapText(year.gap),
          ...(withScenario
            ? [
                year.scenarioDemand === null ? '' : whole.format(year.scenarioDemand),
                year.scenarioCapacity === null ? 'Not recorded' : whole.format(year.scenarioCapacity),
                gapText(year.scenarioGap),
              ]
            : []),
        ],
      }))}
    />
  );
}

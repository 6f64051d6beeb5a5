import { Table } from '@/components/govuk/table';
import { WarningText } from '@/components/govuk/warning-text';
import { BarChart } from '@/features/indicator/components/bar-chart';
import { FigureCell } from '@/features/indicator/components/figure-cell';
import { FiguresSource } from '@/features/indicator/components/trend-view';
import type { BenchmarkIndicator, BenchmarkSeries } from '@/features/indicator/types';
import { isDrawn, latestOfEach, notDrawnNote, ofOtherPeriods, seriesName, type LatestFigure } from '@/features/indicator/utils/benchmark-series';
import { listed, withheldNote } from '@/features/indicator/utils/chart-words';
import { formatFigure } from '@/lib/indicator-values';

/** Figures of different periods side by side mislead: say which differ from the first place's. */
function DifferentPeriods({ latest }: { latest: LatestFigure[] }) {
  const others = ofOtherPeriods(latest);
  if (others.length === 0) return null;
  const [first] = latest;
  return (
    <WarningText>
      These figures are not all for the same period. {seriesName(first.series)}&apos;s latest is for {first.point.period}, but{' '}
      {listed(others.map(({ series, point }) => `${seriesName(series)}'s is for ${point.period}`), 'and')}. Compare them with care.
    </WarningText>
  );
}

/** Each series' latest figure side by side, with a warning when they are of different periods. */
export function ComparisonView({ indicator, subject, series }: { indicator: BenchmarkIndicator; subject: string; series: BenchmarkSeries[] }) {
  const latest = latestOfEach(series);
  // A count's England and region are tabled, not charted; a withheld figure is named in the chart's description, not drawn.
  const charted = latest.filter(({ series: one }) => isDrawn(one, indicator.unit));
  const drawn = charted.filter(({ point }) => point.value !== null);
  const tabledOnly = notDrawnNote(series, indicator.unit);
  const withIntervals = latest.some(({ point }) => point.value !== null && point.intervals.ci95);

  return (
    <section aria-labelledby="comparison-heading">
      <h2 className="govuk-heading-m" id="comparison-heading">
        Latest figures compared
      </h2>
      <DifferentPeriods latest={latest} />
      {tabledOnly && <p className="govuk-body">{tabledOnly}</p>}
      <BarChart
        label={`Bar chart: ${subject}, the latest figure of each: ${charted
          .map(({ series: one, point }) => `${seriesName(one)} ${formatFigure(point, indicator.unit)} in ${point.period}`)
          .join('; ')}.${withheldNote(charted.map(({ point }) => point))}`}
        bars={drawn.map(({ series: one, point }) => ({ label: seriesName(one), value: point.value as number }))}
        unit={indicator.unit}
      />
      <Table
        caption={`${subject}: latest figure of each${withIntervals ? ' (95% confidence interval in brackets)' : ''}`}
        captionSize="s"
        head={[{ text: 'Place' }, { text: 'Period' }, { text: 'Value', numeric: true }]}
        rowHeader
        scrollable
        rows={latest.map(({ series: one, point }) => ({
          key: `${one.role}-${one.code ?? ''}`,
          cells: [seriesName(one), point.period, <FigureCell figure={point} unit={indicator.unit} />],
        }))}
      />
      <FiguresSource indicator={indicator} withMean={latest.some(({ series: one }) => one.role === 'neighbours_mean')} />
    </section>
  );
}

import { Table } from '@/components/govuk/table';
import { FigureCell } from '@/features/indicator/components/figure-cell';
import { roleStyles } from '@/features/indicator/components/chart-scale';
import { TrendChart } from '@/features/indicator/components/trend-chart';
import type { BenchmarkIndicator, BenchmarkSeries, SeriesRole } from '@/features/indicator/types';
import { isDrawn, notDrawnNote, seriesName } from '@/features/indicator/utils/benchmark-series';
import { sentence, withheldNote } from '@/features/indicator/utils/chart-words';
import { periodsOf } from '@/features/indicator/utils/series';

/** The source of the figures, beside the table that gives them; the neighbours' mean is SEND Hub's own sum. */
export function FiguresSource({ indicator, withMean }: { indicator: BenchmarkIndicator; withMean: boolean }) {
  return (
    <p className="govuk-body-s sendhub-chart-source">
      Source: {sentence(indicator.source?.trim() || 'not given')}
      {withMean && " The statistical neighbours' mean is worked out by SEND Hub from the figures of DfE's statistical neighbours of the place."}
    </p>
  );
}

const styleOfRole: Record<Exclude<SeriesRole, 'other'>, number> = {
  place: roleStyles.place,
  england: roleStyles.england,
  region: roleStyles.region,
  neighbours_mean: roleStyles.neighboursMean,
};

/** Each line's style by what it is, so that England looks the same whichever places are picked. */
function stylesOf(series: BenchmarkSeries[]): number[] {
  let others = 0;
  return series.map((one) => (one.role === 'other' ? roleStyles.others[others++ % roleStyles.others.length] : styleOfRole[one.role]));
}

/**
 * A line per series over the periods (oldest first, by the day each starts), each figure with its
 * 95% confidence interval, and a table of periods by series with the same figures and their notes.
 */
export function TrendView({ indicator, subject, series }: { indicator: BenchmarkIndicator; subject: string; series: BenchmarkSeries[] }) {
  const periods = periodsOf(series.flatMap((one) => one.points));
  const names = series.map(seriesName);
  const pointOf = (one: BenchmarkSeries, period: string) => one.points.find((point) => point.period === period);
  const drawn = series.filter((one) => isDrawn(one, indicator.unit));
  const styles = stylesOf(drawn);
  const lines = drawn.map((one, index) => ({
    name: seriesName(one),
    style: styles[index],
    points: periods.map(({ period }) => {
      const point = pointOf(one, period);
      return point && point.value !== null
        ? { value: point.value, lowerCi: point.intervals.ci95?.lower, upperCi: point.intervals.ci95?.upper }
        : undefined;
    }),
  }));
  const range = periods.length > 1 ? `from ${periods[0].period} to ${periods[periods.length - 1].period}` : `in ${periods[0]?.period ?? ''}`;
  const withIntervals = series.some((one) => one.points.some((point) => point.value !== null && point.intervals.ci95));
  const tabledOnly = notDrawnNote(series, indicator.unit);

  return (
    <section aria-labelledby="trend-heading">
      <h2 className="govuk-heading-m" id="trend-heading">
        Trend
      </h2>
      {tabledOnly && <p className="govuk-body">{tabledOnly}</p>}
      <TrendChart
        label={`Line chart: ${subject} ${range}, one line for each of ${lines.map((line) => line.name).join(', ')}.${
          withIntervals ? ' Vertical bars show 95% confidence intervals.' : ''
        } The table below gives the values.${withheldNote(series.flatMap((one) => one.points))}`}
        periods={periods.map((period) => period.period)}
        series={lines}
        unit={indicator.unit}
      />
      <Table
        caption={`${subject}: values by period${withIntervals ? ' (95% confidence interval in brackets)' : ''}`}
        captionSize="s"
        head={[{ text: 'Period' }, ...names.map((name) => ({ text: name, numeric: true }))]}
        rowHeader
        scrollable
        rows={periods.map(({ period }) => ({
          key: period,
          cells: [
            period,
            ...series.map((one) => {
              const point = pointOf(one, period);
              return point ? <FigureCell figure={point} unit={indicator.unit} /> : 'No figure';
            }),
          ],
        }))}
      />
      <FiguresSource indicator={indicator} withMean={series.some((one) => one.role === 'neighbours_mean')} />
    </section>
  );
}

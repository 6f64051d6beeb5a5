import { SummaryList } from '@/components/govuk/summary-list';
import { Table } from '@/components/govuk/table';
import { DirectionTag } from '@/components/direction-tag';
import { BarChart } from '@/features/indicator/components/bar-chart';
import { TrendChart } from '@/features/indicator/components/trend-chart';
import type { Indicator, IndicatorValue, Trend } from '@/features/indicator/types';
import { readersOf } from '@/features/indicator/utils/readers';
import { breakdownLabel, latestByArea, latestCategories, periodsOf } from '@/features/indicator/utils/series';
import { formatFigure, formatIndicatorChange, formatIndicatorValue, polarityLabels, unitLabels } from '@/lib/indicator-values';

export type AreaName = { code: string; name: string };

function notGiven(value: string | null | undefined) {
  return value && value.trim() !== '' ? value : <span className="govuk-hint govuk-!-margin-0">Not given</span>;
}

export function IndicatorDetails({ indicator }: { indicator: Indicator }) {
  return (
    <SummaryList
      rows={[
        { key: 'Code', value: <code className="sendhub-code">{indicator.code}</code> },
        { key: 'Definition', value: notGiven(indicator.definition) },
        { key: 'Unit', value: unitLabels[indicator.unit] },
        { key: 'Polarity', value: polarityLabels[indicator.polarity] },
        { key: 'Source', value: notGiven(indicator.source) },
        { key: 'Who can read its values', value: readersOf(indicator) },
        {
          key: 'Breakdowns',
          value: indicator.breakdowns.length === 0 ? 'None' : indicator.breakdowns.map(breakdownLabel).join(', '),
        },
      ]}
    />
  );
}

/** A value with its confidence interval, when it has one; a suppressed one says why. */
function valueText(value: IndicatorValue): string {
  const text = formatFigure(value, value.unit);
  if (value.value === null) return text;
  if (value.lowerCi !== null && value.upperCi !== null) {
    return `${text} (${formatIndicatorValue(value.lowerCi, value.unit)} to ${formatIndicatorValue(value.upperCi, value.unit)})`;
  }
  return text;
}

/** The series' category as words, for captions: "total" says nothing, so it is left out. */
function ofCategory(breakdown: string, category: string): string {
  return breakdown === 'total' ? '' : `, ${breakdownLabel(breakdown).toLowerCase()} ${category}`;
}

/** Figures the source withheld are not drawn: the chart's description says so, and the table says why. */
function suppressedNote(values: IndicatorValue[]): string {
  return values.some((value) => value.suppression) ? ' Withheld figures are not drawn; the table says why.' : '';
}

/** What the trend and the comparison show: the indicator's values for the areas, in one breakdown and category. */
type ViewProps = { indicator: Indicator; areas: AreaName[]; values: IndicatorValue[]; breakdown: string; category: string };

/** One line per area over the periods, and a table of periods by areas with the same numbers. */
export function TrendView({ indicator, areas, values, breakdown, category }: ViewProps) {
  const periods = periodsOf(values);
  const shown = areas.filter((area) => values.some((value) => value.areaCode === area.code));
  const cell = (area: string, period: string) => values.find((value) => value.areaCode === area && value.period === period);
  const series = shown.map((area) => ({
    name: area.name,
    points: periods.map(({ period }) => {
      const value = cell(area.code, period);
      return value && value.value !== null ? { value: value.value, lowerCi: value.lowerCi, upperCi: value.upperCi } : undefined;
    }),
  }));
  const hasCi = values.some((value) => value.lowerCi !== null && value.upperCi !== null);
  const subject = `${indicator.name}${ofCategory(breakdown, category)}`;
  const range = periods.length > 1 ? `from ${periods[0].period} to ${periods[periods.length - 1].period}` : `in ${periods[0]?.period ?? ''}`;

  return (
    <section aria-labelledby="trend-heading">
      <h2 className="govuk-heading-m" id="trend-heading">
        Trend
      </h2>
      <TrendChart
        label={`Line chart: ${subject} ${range}, one line for each of ${shown.map((area) => area.name).join(', ')}. The table below gives the values.${suppressedNote(values)}`}
        periods={periods.map((period) => period.period)}
        series={series}
        unit={indicator.unit}
      />
      <Table
        caption={`${subject}: values by period${hasCi ? ' (95% confidence interval in brackets)' : ''}`}
        captionSize="s"
        head={[{ text: 'Period' }, ...shown.map((area) => ({ text: area.name, numeric: true }))]}
        rowHeader
        scrollable
        rows={periods.map(({ period }) => ({
          key: period,
          cells: [period, ...shown.map((area) => {
            const value = cell(area.code, period);
            return value ? valueText(value) : 'No value';
          })],
        }))}
      />
    </section>
  );
}

/** Each area's latest value side by side. */
export function ComparisonView({ indicator, areas, values, breakdown, category }: ViewProps) {
  const latest = latestByArea(values, areas.map((area) => area.code));
  const drawn = latest.filter((value) => value.value !== null);
  const nameOf = (code: string) => areas.find((area) => area.code === code)?.name ?? code;
  const subject = `${indicator.name}${ofCategory(breakdown, category)}`;

  return (
    <section aria-labelledby="comparison-heading">
      <h2 className="govuk-heading-m" id="comparison-heading">
        Comparison of areas
      </h2>
      <p className="govuk-body">Each area&apos;s latest value.</p>
      <BarChart
        label={`Bar chart: ${subject}, the latest value of each area: ${latest
          .map((value) => `${nameOf(value.areaCode)} ${formatFigure(value, value.unit)} in ${value.period}`)
          .join('; ')}.${suppressedNote(latest)}`}
        bars={drawn.map((value) => ({ label: nameOf(value.areaCode), value: value.value as number }))}
        unit={indicator.unit}
      />
      <Table
        caption={`${subject}: latest value of each area`}
        captionSize="s"
        head={[{ text: 'Area' }, { text: 'Period' }, { text: 'Value', numeric: true }]}
        rowHeader
        scrollable
        rows={latest.map((value) => ({ key: value.areaCode, cells: [nameOf(value.areaCode), value.period, valueText(value)] }))}
      />
    </section>
  );
}

/** The categories of the breakdown in one area's latest period. */
export function BreakdownView({ indicator, area, values, breakdown }: { indicator: Indicator; area: AreaName; values: IndicatorValue[]; breakdown: string }) {
  const latest = latestCategories(values, area.code);
  const drawn = latest.filter((value) => value.value !== null);
  const heading = `${indicator.name} by ${breakdownLabel(breakdown).toLowerCase()}`;
  if (latest.length === 0) {
    return (
      <section aria-labelledby="breakdown-heading">
        <h2 className="govuk-heading-m" id="breakdown-heading">
          By {breakdownLabel(breakdown).toLowerCase()}
        </h2>
        <p className="govuk-body">{area.name} has no values by {breakdownLabel(breakdown).toLowerCase()} in these periods.</p>
      </section>
    );
  }
  const period = latest[0].period;
  return (
    <section aria-labelledby="breakdown-heading">
      <h2 className="govuk-heading-m" id="breakdown-heading">
        By {breakdownLabel(breakdown).toLowerCase()}
      </h2>
      <p className="govuk-body">
        {area.name}, {period}.
      </p>
      <BarChart
        label={`Bar chart: ${heading}, ${area.name}, ${period}: ${latest
          .map((value) => `${value.category} ${formatFigure(value, value.unit)}`)
          .join('; ')}.${suppressedNote(latest)}`}
        bars={drawn.map((value) => ({ label: value.category, value: value.value as number }))}
        unit={indicator.unit}
      />
      <Table
        caption={`${heading}: ${area.name}, ${period}`}
        captionSize="s"
        head={[{ text: breakdownLabel(breakdown) }, { text: 'Value', numeric: true }]}
        rowHeader
        rows={latest.map((value) => ({ key: value.category, cells: [value.category, valueText(value)] }))}
      />
    </section>
  );
}

/**
 * The latest value, the change from the first to the last period, and whether the last move is the
 * right way. The trend leaves withheld figures out, so a later withheld figure of the area
 * (`latestValue`) is said first: the latest figure is then the one before it.
 */
export function TrendSummary({
  trend,
  indicator,
  areaName,
  latestValue,
}: {
  trend: Trend;
  indicator: Indicator;
  areaName: string;
  latestValue: IndicatorValue | undefined;
}) {
  const { latest, change, direction } = trend;
  const withheld = latestValue?.suppression && (!latest || latestValue.periodStart > latest.periodStart) ? latestValue : undefined;
  if (!latest && !withheld) return null;
  return (
    <section aria-labelledby="summary-heading">
      <h2 className="govuk-heading-m" id="summary-heading">
        {areaName} at a glance
      </h2>
      <SummaryList
        rows={[
          ...(withheld ? [{ key: `Figure for ${withheld.period}`, value: formatFigure(withheld, indicator.unit) }] : []),
          {
            key: withheld ? 'Latest figure given' : 'Latest value',
            value: latest ? `${formatIndicatorValue(latest.value, indicator.unit)} in ${latest.period}` : 'None in these periods',
          },
          {
            key: 'Change',
            value: change
              ? `${formatIndicatorChange(change.absolute, indicator.unit)} from ${change.fromPeriod} to ${change.toPeriod}${
                  change.percent !== null ? ` (${change.percent > 0 ? '+' : ''}${change.percent}% growth)` : ''
                }`
              : 'Only one period',
          },
          { key: 'Direction', value: <DirectionTag direction={direction} /> },
        ]}
      />
    </section>
  );
}

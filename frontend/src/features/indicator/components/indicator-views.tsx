import { SummaryList } from '@/components/govuk/summary-list';
import { Table } from '@/components/govuk/table';
import { BarChart } from '@/features/indicator/components/bar-chart';
import { FigureCell } from '@/features/indicator/components/figure-cell';
import type { Indicator, IndicatorValue } from '@/features/indicator/types';
import { withheldNote } from '@/features/indicator/utils/chart-words';
import { readersOf } from '@/features/indicator/utils/readers';
import { breakdownLabel, latestCategories } from '@/features/indicator/utils/series';
import { categoryLabel } from '@/lib/category-words';
import { formatFigure, polarityLabels, unitLabels } from '@/lib/indicator-values';

function notGiven(value: string | null | undefined) {
  return value && value.trim() !== '' ? value : <span className="govuk-hint govuk-!-margin-0">Not given</span>;
}

/** What the indicator is, in words (its code is for developers: `ForDevelopers` gives it). */
export function IndicatorDetails({ indicator }: { indicator: Indicator }) {
  return (
    <SummaryList
      rows={[
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

/** The categories of the breakdown in one area's latest period. */
export function BreakdownView({ indicator, area, values, breakdown }: { indicator: Indicator; area: { name: string; code: string }; values: IndicatorValue[]; breakdown: string }) {
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
          .map((value) => `${categoryLabel(breakdown, value.category)} ${formatFigure(value, value.unit)}`)
          .join('; ')}.${withheldNote(latest)}`}
        bars={drawn.map((value) => ({ label: categoryLabel(breakdown, value.category), value: value.value as number }))}
        unit={indicator.unit}
      />
      <Table
        caption={`${heading}: ${area.name}, ${period}`}
        captionSize="s"
        head={[{ text: breakdownLabel(breakdown) }, { text: 'Value', numeric: true }]}
        rowHeader
        scrollable
        rows={latest.map((value) => ({ key: value.category, cells: [categoryLabel(breakdown, value.category), <FigureCell figure={value} unit={indicator.unit} />] }))}
      />
    </section>
  );
}

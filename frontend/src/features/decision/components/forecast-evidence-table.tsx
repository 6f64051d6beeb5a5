import { Table } from '@/components/govuk/table';
import type { ForecastEvidence } from '@/features/decision/types';
import { categoryLabel } from '@/lib/category-words';
import { formatDateTime } from '@/lib/format';

const figure = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function number(value: number | null | undefined): string {
  return value === null || value === undefined ? 'Not given' : figure.format(value);
}

function interval(lower: number | null | undefined, upper: number | null | undefined): string {
  return lower === null || lower === undefined || upper === null || upper === undefined ? 'Not given' : `${figure.format(lower)} to ${figure.format(upper)}`;
}

/** A name that starts a sentence ("Log growth pooled ...") as it reads inside one; an acronym ("ARIMA") stays. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** Which series was forecast, in words: the indicator's name and, for a breakdown, its category. */
function seriesWords(evidence: ForecastEvidence, indicatorName: string): string {
  const part = evidence.breakdown && evidence.breakdown !== 'total' && evidence.category ? `, ${categoryLabel(evidence.breakdown, evidence.category)}` : '';
  return `${indicatorName}${part}`;
}

/** "EHC plans by primary need, Autistic spectrum disorder, forecast 3 years ahead by ARIMA": which forecast it was. */
function forecastSummary(evidence: ForecastEvidence, indicatorName: string): string {
  return `${seriesWords(evidence, indicatorName)}, forecast ${evidence.horizon} ${evidence.horizon === 1 ? 'year' : 'years'} ahead by ${inSentence(evidence.method)}`;
}

/** The forecast a decision relied on, in one sentence, with when its figures were taken. */
export function forecastInWords(evidence: ForecastEvidence, indicatorName: string): string {
  return `${forecastSummary(evidence, indicatorName)}, taken on ${formatDateTime(evidence.takenAt)}`;
}

/** The forecast and sufficiency figures a decision relied on, as they were when it was taken. */
export function ForecastEvidenceTable({ evidence, indicatorName, headingLevel = 3 }: { evidence: ForecastEvidence; indicatorName: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const hasCapacity = evidence.points.some((point) => point.capacity !== null && point.capacity !== undefined);
  return (
    <>
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'}>Forecast it relied on</Heading>
      <p className="govuk-body">
        {forecastSummary(evidence, indicatorName)}. The figures were taken on {formatDateTime(evidence.takenAt)} and are kept as they were: a later forecast does not change them.
      </p>
      <Table
        caption={`Forecast of ${seriesWords(evidence, indicatorName)} the decision relied on`}
        captionHidden
        stacked
        head={[
          { text: 'Year' },
          { text: 'Forecast', numeric: true },
          { text: '80% interval', numeric: true },
          { text: '95% interval', numeric: true },
          ...(hasCapacity ? [{ text: 'Capacity', numeric: true }, { text: 'Gap', numeric: true }] : []),
        ]}
        rows={evidence.points.map((point) => ({
          key: point.period,
          cells: [
            point.period,
            number(point.forecast),
            interval(point.lower80, point.upper80),
            interval(point.lower95, point.upper95),
            ...(hasCapacity ? [number(point.capacity), number(point.gap)] : []),
          ],
        }))}
      />
    </>
  );
}

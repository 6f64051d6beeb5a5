import type { SufficiencyRow } from '@/features/sufficiency/types';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const width = 640;
const height = 300;
const left = 60;
// Room for half the last year's label, centred on the last period.
const right = 32;
const top = 16;
const bottom = 40;

/** Round steps for the value axis: 1, 2 or 5 times a power of ten, about four of them. */
function ticks(largest: number): number[] {
  const rough = Math.max(largest, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const out: number[] = [];
  for (let value = 0; value <= largest + step / 2; value += step) out.push(value);
  return out;
}

/** The time axis's length, and the room a year's label ("2024/25" at 13px) needs on it with a gap, in the chart's units. */
export const timeAxisLength = width - left - right;
export const yearLabelRoom = 62;

/**
 * Which periods are labelled on the time axis: all when they fit, else every second (third...)
 * counted back from the last, so that labels never touch and the forecast's last year is always named.
 */
export function labelledPeriods(count: number): boolean[] {
  const spacing = timeAxisLength / Math.max(count - 1, 1);
  const step = Math.ceil(yearLabelRoom / spacing);
  return Array.from({ length: count }, (_, i) => (count - 1 - i) % step === 0);
}

/** The sentence a screen reader hears in place of the picture; the table beside it holds every figure. */
export function chartSummary(row: SufficiencyRow): string {
  const first = row.years[0];
  const last = row.years[row.years.length - 1];
  const held = row.history.length > 0 ? `${whole.format(row.history[row.history.length - 1].value)} in ${row.history[row.history.length - 1].period}` : 'no figures held';
  const capacity =
    last.capacity === null
      ? 'No capacity is recorded for it.'
      : `Capacity ${whole.format(last.capacity)} in ${last.period}${row.shortfall ? `; a shortfall from ${row.firstShortfallPeriod}` : '; no shortfall'}.`;
  return `Forecast of EHC plans, ${row.label}: ${held}, forecast ${whole.format(first.demand)} in ${first.period} to ${whole.format(
    last.demand,
  )} in ${last.period} (95% interval ${whole.format(last.lower95)} to ${whole.format(last.upper95)}). ${capacity} The table below gives every figure.`;
}

/**
 * The figures held and the forecast fan: the central forecast with its 80% and 95% intervals as
 * shaded bands, and the capacity serving the setting or need as a line.
 */
export function ForecastFanChart({ row }: { row: SufficiencyRow }) {
  const periods = [...row.history.map((h) => h.period), ...row.years.map((y) => y.period)];
  const largest = Math.max(
    ...row.history.map((h) => h.value),
    ...row.years.map((y) => Math.max(y.upper95, y.capacity ?? 0, y.scenarioCapacity ?? 0)),
  );
  const axis = ticks(largest);
  const labelled = labelledPeriods(periods.length);
  const top95 = axis[axis.length - 1];
  const x = (index: number) => left + (index * timeAxisLength) / Math.max(periods.length - 1, 1);
  const y = (value: number) => top + (1 - value / top95) * (height - top - bottom);
  const offset = row.history.length;
  const band = (lower: (i: number) => number, upper: (i: number) => number) => {
    const upperPoints = row.years.map((_, i) => `${x(offset + i)},${y(upper(i))}`);
    const lowerPoints = row.years.map((_, i) => `${x(offset + i)},${y(lower(i))}`).reverse();
    const start = row.history.length > 0 ? [`${x(offset - 1)},${y(row.history[offset - 1].value)}`] : [];
    return [...start, ...upperPoints, ...lowerPoints].join(' ');
  };
  const held = row.history.map((h, i) => `${x(i)},${y(h.value)}`).join(' ');
  const forecast = [
    ...(row.history.length > 0 ? [`${x(offset - 1)},${y(row.history[offset - 1].value)}`] : []),
    ...row.years.map((year, i) => `${x(offset + i)},${y(year.demand)}`),
  ].join(' ');
  const capacity = row.years
    .map((year, i) => (year.capacity === null ? null : `${x(offset + i)},${y(year.capacity)}`))
    .filter((point): point is string => point !== null)
    .join(' ');
  return (
    <figure className="sendhub-chart sendhub-fan">
      <svg role="img" aria-label={chartSummary(row)} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {axis.map((value) => (
          <g key={value}>
            <line x1={left} x2={width - right} y1={y(value)} y2={y(value)} className="sendhub-fan__grid" />
            <text x={left - 8} y={y(value) + 5} textAnchor="end" className="sendhub-chart__label">
              {whole.format(value)}
            </text>
          </g>
        ))}
        {periods.map((period, i) => (
          <line key={period} x1={x(i)} x2={x(i)} y1={height - bottom} y2={height - bottom + 5} className="sendhub-fan__tick" />
        ))}
        {periods.map(
          (period, i) =>
            labelled[i] && (
              <text key={period} x={x(i)} y={height - bottom + 20} textAnchor="middle" className="sendhub-fan__year">
                {period}
              </text>
            ),
        )}
        <polygon points={band((i) => row.years[i].lower95, (i) => row.years[i].upper95)} className="sendhub-fan__band95" />
        <polygon points={band((i) => row.years[i].lower80, (i) => row.years[i].upper80)} className="sendhub-fan__band80" />
        {held && <polyline points={held} className="sendhub-fan__held" />}
        <polyline points={forecast} className="sendhub-fan__forecast" />
        {capacity && <polyline points={capacity} className="sendhub-fan__capacity" />}
      </svg>
      <figcaption className="govuk-body-s">
        Solid line: EHC plans held. Dashed line: the forecast, in its 80% interval (darker band) and 95% interval (lighter band).
        {capacity ? ' Black line: the capacity of the services serving it.' : ' No capacity is recorded for it, so there is no capacity line.'}
      </figcaption>
    </figure>
  );
}

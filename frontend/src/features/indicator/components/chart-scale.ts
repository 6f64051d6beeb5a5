/** Round steps for an axis from `low` to `high`: 1, 2 or 5 times a power of ten, about five of them. */
export function niceTicks(low: number, high: number, count = 5): number[] {
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    return niceTicks(low - pad, high + pad, count);
  }
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick <= high + step / 2; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
    if (tick >= high) break;
  }
  return ticks;
}

/** A linear map from [domainLow, domainHigh] to [rangeLow, rangeHigh]. */
export function linear(domainLow: number, domainHigh: number, rangeLow: number, rangeHigh: number) {
  const span = domainHigh - domainLow || 1;
  return (value: number) => rangeLow + ((value - domainLow) / span) * (rangeHigh - rangeLow);
}

/** GOV.UK colours that differ for people with the common colour blindnesses; lines also differ by dash. */
export const seriesStyles = [
  { colour: '#1d70b8', dash: undefined },
  { colour: '#d4351c', dash: '8 4' },
  { colour: '#00703c', dash: '2 4' },
  { colour: '#4c2c92', dash: '12 4 2 4' },
  { colour: '#f47738', dash: '4 4' },
  { colour: '#0b0c0c', dash: '1 3' },
];

/** The style of each kind of line, the same whatever else is drawn: England black, as Fingertips draws it. */
export const roleStyles = { place: 0, england: 5, region: 2, neighboursMean: 3, others: [1, 4] } as const;

export function seriesStyle(index: number) {
  return seriesStyles[index % seriesStyles.length];
}

import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Benchmark, BenchmarkSeries, Indicator, IndicatorValue } from '@/features/indicator/types';
import { axeViolations } from '@/test/axe';
import {
  comparator,
  england,
  issuedIn20Weeks,
  manchesterBenchmark,
  manchesterPlace,
  manchesterSeries,
  northWest,
  point,
  seriesOf,
  wigan as wiganPlace,
} from '@/test/explorer-fixtures';
import { json, mockApi, problem, type RecordedRequest } from '@/test/fetch-mock';
import { editor, manchester, page, viewer } from '@/test/fixtures';
import type { Place, PlaceSummary } from '@/features/geography/types';
import { renderApp } from '@/test/render-app';

const wigan = { ...manchester, code: wiganPlace.code, name: wiganPlace.name };
const analyst = { ...editor, roles: ['analyst' as const], areaCodes: [manchester.code, wigan.code], canEdit: false };

const issuedIndicator: Indicator = {
  ...issuedIn20Weeks,
  definition: 'New EHC plans issued within the statutory 20 weeks',
  breakdowns: [],
  archived: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const sendPupils: Indicator = {
  ...issuedIndicator,
  code: 'send_pupils_percent',
  name: 'Pupils with SEND',
  definition: 'Pupils with an EHC plan or SEN support, as a share of all pupils',
  polarity: 'no_judgement',
  source: 'DfE, Special educational needs in England',
  breakdowns: ['primary_need'],
  published: false,
};

function value(area: { code: string; name: string }, period: string, amount: number | null, extra: Partial<IndicatorValue> = {}): IndicatorValue {
  return {
    indicatorCode: sendPupils.code,
    indicatorName: sendPupils.name,
    areaCode: area.code,
    areaName: area.name,
    period,
    periodStart: `${period}-01-01`,
    breakdown: 'total',
    category: 'total',
    value: amount,
    numerator: null,
    denominator: null,
    lowerCi: null,
    upperCi: null,
    unit: 'percent',
    note: null,
    suppression: null,
    intervals: { ci95: null, ci998: null, method: null },
    ...extra,
  };
}

const byNeed = [
  value(manchester, '2022', 21.2, { breakdown: 'primary_need', category: 'SLCN' }),
  value(manchester, '2022', 8.6, { breakdown: 'primary_need', category: 'ASD' }),
  value(manchester, '2021', 7.9, { breakdown: 'primary_need', category: 'ASD' }),
  value(manchester, '2022', null, { breakdown: 'primary_need', category: 'PMLD', suppression: 'x' }),
  value(wigan, '2022', 10.4, { breakdown: 'primary_need', category: 'ASD' }),
];
const totals = [value(manchester, '2021', 12.8), value(manchester, '2022', 13.5), value(wigan, '2021', 14.1), value(wigan, '2022', 15.2)];

/** Answers GET /indicator-values as the API does: filtered by the query, with repeatable `area`. */
function valuesOf(request: RecordedRequest, all: IndicatorValue[] = [...totals, ...byNeed]) {
  const areas = request.query.getAll('area');
  const breakdown = request.query.get('breakdown');
  const category = request.query.get('category');
  const items = all.filter(
    (candidate) =>
      request.query.getAll('indicator').includes(candidate.indicatorCode) &&
      (areas.length === 0 || areas.includes(candidate.areaCode)) &&
      (!breakdown || candidate.breakdown === breakdown) &&
      (!category || candidate.category === category),
  );
  return json({ items, page: 0, size: 500, total: items.length });
}

/** The series of some values (a place's), as the benchmark gives them. */
function seriesFromValues(role: BenchmarkSeries['role'], values: IndicatorValue[]): BenchmarkSeries {
  return seriesOf(
    role,
    { code: values[0].areaCode, name: values[0].areaName },
    values.map((one) => ({ ...point(one.period, one.value, { interval: false }), periodStart: one.periodStart, suppression: one.suppression, note: one.note })),
  );
}

/**
 * Answers GET /indicators/{code}/benchmark as the API does for Manchester: its benchmark at the
 * period asked for (its latest by default), with its series and a series for each place of
 * `compareTo` that `picked` holds (a place picked with no figures may come as an empty series, or not at all).
 */
function benchmarkAnswer(request: RecordedRequest, { base = manchesterBenchmark(), picked = [] as BenchmarkSeries[] } = {}): Response {
  if (request.query.get('area') !== base.place.code) return problem(404, { title: 'Not Found', detail: 'The place has no figures for the indicator' });
  const period = request.query.get('period');
  const compareTo = request.query.getAll('compareTo');
  const placeSeries = base.series?.find((one) => one.role === 'place');
  const atPeriod = period ? placeSeries?.points.find((one) => one.period === period) : undefined;
  const answer: Benchmark = {
    ...base,
    ...(atPeriod ? { period: atPeriod.period, periodStart: atPeriod.periodStart, value: { ...base.value, value: atPeriod.value } } : {}),
    series: request.query.get('series') === 'true' ? [...(base.series ?? []), ...picked.filter((one) => compareTo.includes(one.code ?? ''))] : null,
  };
  return json(answer);
}

function fakeApi() {
  return mockApi()
    .on('GET', '/api/v1/me', analyst)
    .on('GET', '/api/v1/areas', page([manchester, wigan]))
    .on('GET', '/api/v1/indicators', page([issuedIndicator, sendPupils]))
    .on('GET', '/api/v1/indicator-values', (request) => valuesOf(request))
    .on('GET', '/api/v1/indicators/:code/benchmark', (request) => benchmarkAnswer(request));
}

/** The Manchester view of "issued within 20 weeks", with England, North West and the neighbours' mean unless the address says otherwise. */
const manchesterView = `/indicators?indicator=${issuedIn20Weeks.code}&area=${manchester.code}`;

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

function linesOf(chart: HTMLElement): Record<string, { points: number; intervals: number }> {
  return Object.fromEntries(
    [...chart.querySelectorAll('[data-series]')].map((line) => [
      line.getAttribute('data-series'),
      { points: line.querySelectorAll('[data-point]').length, intervals: line.querySelectorAll('[data-ci]').length },
    ]),
  );
}

/** What a saved file holds (jsdom's Blob has no text()). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function labelOf(checkbox: HTMLElement): string {
  return (checkbox as HTMLInputElement).labels?.[0].textContent ?? '';
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the indicator explorer', () => {
  it('is in the header navigation and asks for an indicator first', async () => {
    fakeApi();
    const { container } = renderApp('/indicators');

    expect(await screen.findByRole('heading', { level: 1, name: 'Explore indicators' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Indicators' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Choose an indicator to see its values.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('draws Manchester with England, North West and the neighbours’ mean, each figure with its 95% confidence interval, and a table of the same', async () => {
    const api = fakeApi();
    const { container } = renderApp(manchesterView);

    const trendTable = await screen.findByRole('table', { name: /values by period/ });
    expect(trendTable).toHaveAccessibleName('EHC plans issued within 20 weeks (%): values by period (95% confidence interval in brackets)');
    const rows = rowsOf(trendTable);
    expect(rows[0]).toEqual(['Period', 'Manchester', 'England', 'North West', "Statistical neighbours' mean"]);
    expect(rows.map((row) => row[0])).toEqual(['Period', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(rows[1]).toEqual(['2019', '65.3% (63.3% to 67.3%)', '58.5% (56.5% to 60.5%)', '57% (55% to 59%)', '55%mean of 9 neighbours']);
    expect(rows[6]).toEqual(['2024', '63.5% (61.5% to 65.5%)', '46.5% (44.5% to 48.5%)', '62% (60% to 64%)', '60%mean of 10 neighbours']);

    const chart = screen.getByRole('img', { name: /^Line chart: EHC plans issued within 20 weeks \(%\) from 2019 to 2024/ });
    expect(chart).toHaveAccessibleName(/one line for each of Manchester, England, North West, Statistical neighbours' mean\. Vertical bars show 95% confidence intervals\./);
    expect(linesOf(chart)).toEqual({
      Manchester: { points: 6, intervals: 6 },
      England: { points: 6, intervals: 6 },
      'North West': { points: 6, intervals: 6 },
      "Statistical neighbours' mean": { points: 6, intervals: 0 },
    });

    const glance = screen.getByRole('region', { name: 'Manchester at a glance' });
    expect(glance).toHaveTextContent(
      "Manchester: 63.5% in 2024, better than England (46.5%), similar to North West (62%) and better than its statistical neighbours' mean (60%).",
    );
    expect(glance).toHaveTextContent('Recent trend: increasing and getting better.');
    // Figures of one period: nothing to warn about.
    expect(screen.queryByText(/not all for the same period/)).not.toBeInTheDocument();
    expect(rowsOf(screen.getByRole('table', { name: /latest figure of each/ })).slice(1)).toEqual([
      ['Manchester', '2024', '63.5% (61.5% to 65.5%)'],
      ['England', '2024', '46.5% (44.5% to 48.5%)'],
      ['North West', '2024', '62% (60% to 64%)'],
      ["Statistical neighbours' mean", '2024', '60%mean of 10 neighbours'],
    ]);

    const [sent] = api.sent('GET', `/api/v1/indicators/${issuedIn20Weeks.code}/benchmark`);
    expect(sent.query.toString()).toBe(`area=${manchester.code}&breakdown=total&category=total&series=true`);
    // One call draws every line: no values are read for the trend place by place.
    expect(api.sent('GET', '/api/v1/indicator-values')).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('leaves out the neighbours’ mean, and any comparator, when it is not asked for', async () => {
    fakeApi();
    renderApp(`${manchesterView}&compare=england`);

    const trendTable = await screen.findByRole('table', { name: /values by period/ });
    expect(rowsOf(trendTable)[0]).toEqual(['Period', 'Manchester', 'England']);
    expect(Object.keys(linesOf(screen.getByRole('img', { name: /^Line chart:/ })))).toEqual(['Manchester', 'England']);
    expect(screen.getByRole('region', { name: 'Manchester at a glance' })).toHaveTextContent(
      'Manchester: 63.5% in 2024, better than England (46.5%).',
    );
  });

  it('tables but does not draw England and the region of a count, which would flatten the place’s line', async () => {
    fakeApi().on('GET', '/api/v1/indicators/:code/benchmark', (request) =>
      benchmarkAnswer(request, { base: manchesterBenchmark({ indicator: { ...issuedIn20Weeks, unit: 'count' } }) }),
    );
    renderApp(manchesterView);

    expect(rowsOf(await screen.findByRole('table', { name: /values by period/ }))[0]).toEqual([
      'Period',
      'Manchester',
      'England',
      'North West',
      "Statistical neighbours' mean",
    ]);
    expect(Object.keys(linesOf(screen.getByRole('img', { name: /^Line chart:/ })))).toEqual(['Manchester', "Statistical neighbours' mean"]);
    expect(screen.getByRole('img', { name: /^Bar chart:/ }).querySelectorAll('[data-bar]')).toHaveLength(2);
    expect(screen.getAllByText("England and North West are in the table but not drawn: a count for a larger place dwarfs one local authority's.")).toHaveLength(2);
  });

  it('draws no comparator at all when the address says none', async () => {
    fakeApi();
    renderApp(`${manchesterView}&compare=none`);

    expect(rowsOf(await screen.findByRole('table', { name: /values by period/ }))[0]).toEqual(['Period', 'Manchester']);
    expect(within(await screen.findByRole('group', { name: 'Places' })).getByRole('checkbox', { name: 'Manchester' })).toBeChecked();
  });

  it('orders the periods by the day each starts, never by their labels', async () => {
    const terms = [
      { period: 'Spring 2024', periodStart: '2024-01-01', value: 60 },
      { period: 'Autumn 2023', periodStart: '2023-09-01', value: 55 },
      { period: 'Summer 2023', periodStart: '2023-04-01', value: 50 },
    ];
    const place = seriesOf('place', manchesterPlace, terms.map(({ period, periodStart, value: amount }) => ({ ...point(period, amount), periodStart })));
    const englandTerms = seriesOf('england', { code: 'E92000001', name: 'England' }, [...terms].reverse().map(({ period, periodStart }) => ({ ...point(period, 40), periodStart })));
    fakeApi().on('GET', '/api/v1/indicators/:code/benchmark', (request) =>
      benchmarkAnswer(request, { base: manchesterBenchmark({ period: 'Spring 2024', periodStart: '2024-01-01', series: [place, englandTerms] }) }),
    );
    renderApp(manchesterView);

    const trendTable = await screen.findByRole('table', { name: /values by period/ });
    expect(rowsOf(trendTable).slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['Summer 2023', '50% (48% to 52%)'],
      ['Autumn 2023', '55% (53% to 57%)'],
      ['Spring 2024', '60% (58% to 62%)'],
    ]);
    const chart = screen.getByRole('img', { name: /^Line chart:/ });
    expect([...chart.querySelectorAll('text')].map((text) => text.textContent).filter((text) => / 20\d\d$/.test(text ?? ''))).toEqual([
      'Summer 2023',
      'Autumn 2023',
      'Spring 2024',
    ]);
    expect(chart).toHaveAccessibleName(/from Summer 2023 to Spring 2024/);
  });

  it('warns when the figures compared are of different periods', async () => {
    const wiganSeries = seriesOf('other', wigan, [point('2022', 70), point('2023', 71.5)]);
    const api = fakeApi().on('GET', '/api/v1/indicators/:code/benchmark', (request) => benchmarkAnswer(request, { picked: [wiganSeries] }));
    renderApp(`${manchesterView}&area=${wigan.code}&compare=england`);

    const comparison = await screen.findByRole('region', { name: 'Latest figures compared' });
    expect(within(comparison).getByText(/not all for the same period/)).toHaveTextContent(
      "These figures are not all for the same period. Manchester's latest is for 2024, but Wigan's is for 2023. Compare them with care.",
    );
    expect(rowsOf(within(comparison).getByRole('table')).slice(1)).toEqual([
      ['Manchester', '2024', '63.5% (61.5% to 65.5%)'],
      ['Wigan', '2023', '71.5% (69.5% to 73.5%)'],
      ['England', '2024', '46.5% (44.5% to 48.5%)'],
    ]);
    expect(api.sent('GET', `/api/v1/indicators/${issuedIn20Weeks.code}/benchmark`)[0].query.getAll('compareTo')).toEqual([wigan.code]);
  });

  it('names the places picked that have no figures, rather than leaving them out', async () => {
    const bournemouth = { code: 'E06000028', name: 'Bournemouth' };
    const poole = { code: 'E06000029', name: 'Poole' };
    const cumbria = { code: 'E10000006', name: 'Cumbria' };
    const placesRead = [bournemouth, poole, cumbria].map((place) => ({
      ...place,
      level: 'local_authority' as const,
      region: northWest,
      oldLaCode: null,
      firstPeriod: null,
      lastPeriod: null,
      ended: false,
      neighbours: [],
    }));
    const picked = [seriesOf('other', bournemouth, []), seriesOf('other', cumbria, [point('2021', 74.4), point('2022', 67.2)])];
    // Neither England nor the region has a figure for this indicator.
    const base = manchesterBenchmark({ series: [manchesterSeries[0], seriesOf('england', england, []), seriesOf('region', northWest, []), manchesterSeries[3]] });
    fakeApi()
      .on('GET', '/api/v1/indicators/:code/benchmark', (request) => benchmarkAnswer(request, { base, picked }))
      .on('GET', '/api/v1/geography/:code', (_request, { code }) => json(placesRead.find((place) => place.code === code)));
    const { container } = renderApp(`${manchesterView}&area=${bournemouth.code}&area=${poole.code}&area=${cumbria.code}&from=2023`);

    const missing = await screen.findByRole('list', { name: 'Places without figures' });
    await waitFor(() =>
      expect(within(missing).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'No figures for Bournemouth for this indicator.',
        'No figures for Poole for this indicator.',
        'No figures for Cumbria from 2023 on: it has some for other periods.',
        'No figures for England or North West for this indicator.',
      ]),
    );
    expect(rowsOf(await screen.findByRole('table', { name: /values by period/ }))[0]).toEqual(['Period', 'Manchester', "Statistical neighbours' mean"]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows each figure’s note and source beside it, and a withheld figure in words', async () => {
    const place = seriesOf('place', manchesterPlace, [
      point('2023', 51, { note: 'Revised in 2025' }),
      point('2024', null, { suppression: 'c' }),
    ]);
    fakeApi().on('GET', '/api/v1/indicators/:code/benchmark', (request) =>
      benchmarkAnswer(request, {
        base: manchesterBenchmark({
          value: { ...manchesterBenchmark().value, value: null, suppression: 'c', intervals: { ci95: null, ci998: null, method: null } },
          comparators: [comparator('england', england, { value: 46.5, reason: "Manchester's figure is withheld." })],
          series: [place, manchesterSeries[1]],
        }),
      }),
    );
    renderApp(manchesterView);

    const trendTable = await screen.findByRole('table', { name: /values by period/ });
    const rows = rowsOf(trendTable);
    expect(rows.find((row) => row[0] === '2023')?.[1]).toBe('51% (49% to 53%)Note: Revised in 2025');
    expect(rows.find((row) => row[0] === '2024')?.[1]).toBe('withheld (c: confidential)');
    const trend = screen.getByRole('region', { name: 'Trend' });
    expect(within(trend).getByText(/^Source:/)).toHaveTextContent('Source: Department for Education, Education, health and care plans.');
    expect(screen.getByRole('img', { name: /^Line chart:/ })).toHaveAccessibleName(/Withheld figures are not drawn; the table says why\.$/);
    const glance = screen.getByRole('region', { name: 'Manchester at a glance' });
    expect(glance).toHaveTextContent(/^Manchester at a glanceManchester: withheld \(c: confidential\) in 2024\.Not compared with England \(46\.5%\)\. Manchester's figure is withheld\./);
  });

  it('speaks of the last period in the range asked for, asking the benchmark for it', async () => {
    const api = fakeApi();
    renderApp(`${manchesterView}&from=2020&to=2022`);

    const trendTable = await screen.findByRole('table', { name: /values by period/ });
    expect(rowsOf(trendTable).slice(1).map((row) => row[0])).toEqual(['2020', '2021', '2022']);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Manchester at a glance' })).toHaveTextContent(/^Manchester at a glanceManchester: 49.1% in 2022/));
    const asked = api.sent('GET', `/api/v1/indicators/${issuedIn20Weeks.code}/benchmark`).map((sent) => sent.query.get('period'));
    expect(asked).toEqual([null, '2022']);
  });

  it('says what is wrong with a period that is not one', async () => {
    const api = fakeApi();
    renderApp(`${manchesterView}&from=last%20year`);

    expect(await screen.findByRole('alert')).toHaveTextContent('From period must be a year, like 2019, a month, like 2023-01, or a date, like 2023-09-01.');
    expect(api.sent('GET', `/api/v1/indicators/${issuedIn20Weeks.code}/benchmark`)).toEqual([]);
  });

  it('names the first place when it has no figures for the indicator, and says nothing of the others it cannot know', async () => {
    fakeApi();
    renderApp(`/indicators?indicator=${issuedIn20Weeks.code}&area=${wigan.code}&area=${manchester.code}`);

    const missing = await screen.findByRole('list', { name: 'Places without figures' });
    expect(within(missing).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['No figures for Wigan for this indicator.']);
    expect(screen.getByText('The first place is the one compared with the others: choose a place with figures for this indicator first.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /values by period/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
  });

  it('downloads exactly what is shown, under a name saying the indicator, the place and the day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00'));
    fakeApi();
    const saved: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (saved.push(blob), 'blob:csv')), revokeObjectURL: vi.fn() }));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderApp(`${manchesterView}&compare=england&compare=neighbours&from=2023`);

    const button = await screen.findByRole('button', { name: 'Download CSV' });
    expect(button).toHaveAccessibleDescription('The 6 figures on this page, one a row, with their notes and 95% confidence intervals, as CSV for Excel, R or Power BI.');
    await user.click(button);

    expect(await screen.findByText('Downloaded ehcp-issued-within-20-weeks_manchester_2026-12-01.csv.')).toBeInTheDocument();
    expect(clicked[0].download).toBe('ehcp-issued-within-20-weeks_manchester_2026-12-01.csv');
    const [header, ...lines] = (await textOf(saved[0])).trimEnd().split('\r\n');
    const columns = header.split(',');
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index], cell])));
    // The table's figures, no more and no less: the region was not asked for, nor the periods before 2023.
    expect(rows.map((row) => [row.area_name, row.period, row.value, row.lower_ci_95, row.upper_ci_95, row.neighbours_in_mean])).toEqual([
      ['Manchester', '2023', '51', '49', '53', ''],
      ['Manchester', '2024', '63.5', '61.5', '65.5', ''],
      ['England', '2023', '48.5', '46.5', '50.5', ''],
      ['England', '2024', '46.5', '44.5', '48.5', ''],
      ["Statistical neighbours' mean", '2023', '59', '', '', '10'],
      ["Statistical neighbours' mean", '2024', '60', '', '', '10'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: /values by period/ }))).toEqual([
      ['Period', 'Manchester', 'England', "Statistical neighbours' mean"],
      ['2023', '51% (49% to 53%)', '48.5% (46.5% to 50.5%)', '59%mean of 10 neighbours'],
      ['2024', '63.5% (61.5% to 65.5%)', '46.5% (44.5% to 48.5%)', '60%mean of 10 neighbours'],
    ]);
  });

  it('shows the indicator’s code and the API calls to analysts, in a details element', async () => {
    fakeApi();
    const { user, container } = renderApp(`${manchesterView}&area=${wigan.code}`);

    const summary = await screen.findByText('For developers');
    await user.click(summary);
    const details = summary.closest('details') as HTMLElement;
    expect(within(details).getByText(issuedIn20Weeks.code)).toBeInTheDocument();
    expect(within(details).getByText(`/api/v1/indicators/${issuedIn20Weeks.code}/benchmark?area=${manchester.code}&breakdown=total&category=total&compareTo=${wigan.code}&series=true`)).toBeInTheDocument();
    await screen.findByRole('table', { name: /values by period/ });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows no API address or code to anyone else', async () => {
    fakeApi()
      .on('GET', '/api/v1/me', { ...viewer, areaCodes: [manchester.code] })
      .on('GET', '/api/v1/areas', page([manchester]))
      .on('GET', '/api/v1/geography', json({ items: [{ code: 'E08000007', name: 'Stockport', level: 'local_authority', region: northWest, oldLaCode: null, firstPeriod: null, lastPeriod: null, ended: false }], page: 0, size: 20, total: 1 }));
    const { user } = renderApp(manchesterView);

    await screen.findByRole('table', { name: /values by period/ });
    await screen.findByRole('button', { name: 'Download CSV' });
    expect(screen.queryByText('For developers')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\/api\/|ehcp_issued_within_20_weeks|E08000003|E92000001/);

    await user.type(screen.getByLabelText('Find another place'), 'stock{Enter}');
    expect(await screen.findByRole('checkbox', { name: 'Stockport' })).toHaveAccessibleDescription('Local authority, North West');
  });

  describe('by a breakdown', () => {
    /** The benchmark of some values: the place's series in the category, and a series for each place picked. */
    function benchmarkOfValues(request: RecordedRequest, all: IndicatorValue[]) {
      const inCategory = all.filter((one) => one.breakdown === request.query.get('breakdown') && one.category === request.query.get('category'));
      const of = (code: string) => inCategory.filter((one) => one.areaCode === code);
      const own = of(request.query.get('area') ?? '');
      return benchmarkAnswer(request, {
        base: manchesterBenchmark({
          indicator: { ...issuedIn20Weeks, code: sendPupils.code, name: sendPupils.name },
          breakdown: request.query.get('breakdown') ?? 'total',
          category: request.query.get('category') ?? 'total',
          period: own.at(-1)?.period ?? '',
          periodStart: own.at(-1)?.periodStart ?? '',
          comparators: [],
          series: own.length > 0 ? [seriesFromValues('place', own)] : [],
        }),
        picked: request.query.getAll('compareTo').flatMap((code) => (of(code).length > 0 ? [seriesFromValues('other', of(code))] : [])),
      });
    }

    it('keeps the choices in the address and shows the categories of the first place', async () => {
      const api = fakeApi().on('GET', '/api/v1/indicators/:code/benchmark', (request) => benchmarkOfValues(request, byNeed));
      const { user } = renderApp('/indicators');

      await user.selectOptions(await screen.findByLabelText('Indicator'), 'Pupils with SEND');
      await user.selectOptions(screen.getByLabelText('Breakdown'), 'Primary need');
      // The categories offered are those the chosen areas have.
      await screen.findByRole('option', { name: 'Speech, language and communication needs' });
      expect(within(screen.getByLabelText('Category for the trend and comparison')).getAllByRole('option').map((option) => option.textContent)).toEqual([
        'Autistic spectrum disorder',
        'Profound and multiple learning difficulty',
        'Speech, language and communication needs',
      ]);
      await user.click(screen.getByLabelText('Wigan'));
      await user.type(screen.getByLabelText('To period'), '2022');
      await user.click(screen.getByRole('button', { name: 'Show indicator' }));

      const trendTable = await screen.findByRole('table', { name: /Pupils with SEND, primary need: Autistic spectrum disorder: values by period/ });
      expect(rowsOf(trendTable)).toEqual([
        ['Period', 'Manchester'],
        ['2021', '7.9%'],
        ['2022', '8.6%'],
      ]);
      const breakdown = screen.getByRole('table', { name: 'Pupils with SEND by primary need: Manchester, 2022' });
      expect(rowsOf(breakdown)).toEqual([
        ['Primary need', 'Value'],
        ['Speech, language and communication needs', '21.2%'],
        ['Autistic spectrum disorder', '8.6%'],
        ['Profound and multiple learning difficulty', 'not available (x)'],
      ]);
      expect(screen.getByRole('img', { name: /^Bar chart: Pupils with SEND by primary need, Manchester, 2022/ }).querySelectorAll('[data-bar]')).toHaveLength(2);

      const benchmark = api.sent('GET', `/api/v1/indicators/${sendPupils.code}/benchmark`).at(-1);
      expect(Object.fromEntries(benchmark?.query ?? [])).toEqual({ area: manchester.code, breakdown: 'primary_need', category: 'ASD', series: 'true' });
      expect(screen.getByLabelText('Breakdown')).toHaveValue('primary_need');
      expect(screen.getByLabelText('Category for the trend and comparison')).toHaveValue('ASD');
      expect(screen.getByLabelText('To period')).toHaveValue('2022');
    });

    it('downloads the categories shown beside the trend, each figure once', async () => {
      fakeApi().on('GET', '/api/v1/indicators/:code/benchmark', (request) => benchmarkOfValues(request, byNeed));
      const saved: Blob[] = [];
      vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (saved.push(blob), 'blob:csv')), revokeObjectURL: vi.fn() }));
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      const { user } = renderApp(`/indicators?indicator=${sendPupils.code}&area=${manchester.code}&breakdown=primary_need&category=ASD&compare=none`);

      await user.click(await screen.findByRole('button', { name: 'Download CSV' }));

      await screen.findByText(/^Downloaded send-pupils-percent_manchester_/);
      const lines = (await textOf(saved[0])).trimEnd().split('\r\n').slice(1);
      expect(lines.map((line) => line.split(',').slice(4, 9).join(' '))).toEqual([
        '2021 2021-01-01 primary_need ASD 7.9',
        '2022 2022-01-01 primary_need ASD 8.6',
        '2022 2022-01-01 primary_need SLCN 21.2',
        '2022 2022-01-01 primary_need PMLD ',
      ]);
    });
  });

  it('finds any place of England by name, and compares the first with England, its region and its neighbours', async () => {
    const stockport = { code: 'E08000007', name: 'Stockport' };
    const placeOf = (place: { code: string; name: string }, level: PlaceSummary['level'], region: PlaceSummary['region'] = null): PlaceSummary => ({
      ...place,
      level,
      region,
      oldLaCode: null,
      firstPeriod: null,
      lastPeriod: null,
      ended: false,
    });
    const places = [placeOf({ code: 'E92000001', name: 'England' }, 'country'), placeOf(northWest, 'region'), placeOf(wigan, 'local_authority', northWest), placeOf(stockport, 'local_authority', northWest)];
    const wiganNeighbours: Place['neighbours'] = [
      { code: 'E08000001', name: 'Bolton', rank: 1, closeness: 'extremely_close' },
      { code: 'E08000006', name: 'Salford', rank: 2, closeness: 'very_close' },
    ];
    const api = fakeApi()
      .on('GET', '/api/v1/me', { ...viewer, areaCodes: [wigan.code] })
      .on('GET', '/api/v1/areas', page([wigan]))
      .on('GET', '/api/v1/geography', (request) => {
        const q = (request.query.get('q') ?? '').toLowerCase();
        const items = places.filter((place) => place.name.toLowerCase().includes(q));
        return json({ items, page: 0, size: 20, total: items.length });
      })
      .on('GET', '/api/v1/geography/:code', (_request, { code }) => {
        const place = places.find((candidate) => candidate.code === code);
        return place ? json({ ...place, neighbours: code === wigan.code ? wiganNeighbours : [] } satisfies Place) : problem(404, { title: 'Not Found' });
      })
      .on('GET', '/api/v1/indicators/:code/benchmark', (request) =>
        benchmarkAnswer(request, {
          base: manchesterBenchmark({ place: { ...manchesterPlace, ...wigan }, series: [seriesOf('place', wigan, [point('2024', 70)]), ...manchesterSeries.slice(1)] }),
          picked: [seriesOf('other', stockport, [point('2024', 50)])],
        }),
      );
    const { user, container } = renderApp(`/indicators?indicator=${issuedIn20Weeks.code}`);

    const placesGroup = await screen.findByRole('group', { name: 'Places' });
    expect(within(placesGroup).getAllByRole('checkbox').map(labelOf)).toEqual(['Wigan']);
    // Enter in the search box searches; it does not show the indicator.
    await user.type(screen.getByLabelText('Find another place'), 'stock{Enter}');
    expect(await screen.findByText('1 place matches “stock”')).toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: 'Stockport' }));

    const compare = await screen.findByRole('group', { name: 'Compare Wigan with' });
    expect(within(compare).getAllByRole('checkbox').map(labelOf)).toEqual(['England', 'North West, its region', 'Its 2 statistical neighbours, as their mean']);
    expect(within(compare).getAllByRole('checkbox').every((checkbox) => (checkbox as HTMLInputElement).checked)).toBe(true);
    expect(within(compare).getByRole('checkbox', { name: 'Its 2 statistical neighbours, as their mean' })).toHaveAccessibleDescription(
      "DfE's list, nearest first: Bolton (extremely close), Salford (very close). The line is the mean of those with a figure for each period.",
    );
    await user.click(within(compare).getByRole('checkbox', { name: 'North West, its region' }));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Show indicator' }));

    const trendTable = await screen.findByRole('table', { name: /values by period/ });
    expect(rowsOf(trendTable)[0]).toEqual(['Period', 'Wigan', 'Stockport', 'England', "Statistical neighbours' mean"]);
    const sent = api.sent('GET', `/api/v1/indicators/${issuedIn20Weeks.code}/benchmark`).at(-1);
    expect(sent?.query.get('area')).toBe(wigan.code);
    expect(sent?.query.getAll('compareTo')).toEqual([stockport.code]);
    // The view is kept in the address: the form, drawn again from it, shows the same choices.
    expect(await screen.findByRole('checkbox', { name: 'Stockport' })).toBeChecked();
    const compareAgain = await screen.findByRole('group', { name: 'Compare Wigan with' });
    expect(within(compareAgain).getByRole('checkbox', { name: 'England' })).toBeChecked();
    expect(within(compareAgain).getByRole('checkbox', { name: 'North West, its region' })).not.toBeChecked();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when no place matches, and opens a bookmarked view of a place outside the user’s areas with its name', async () => {
    fakeApi()
      .on('GET', '/api/v1/geography', json({ items: [], page: 0, size: 20, total: 0 }))
      .on('GET', '/api/v1/geography/:code', json({ code: 'E08000007', name: 'Stockport', level: 'local_authority', region: northWest, oldLaCode: null, firstPeriod: null, lastPeriod: null, ended: false, neighbours: [] }));
    const { user } = renderApp(`/indicators?indicator=${issuedIn20Weeks.code}&area=E08000007&compare=england`);

    const placesGroup = await screen.findByRole('group', { name: 'Places' });
    expect(await within(placesGroup).findByRole('checkbox', { name: 'Stockport' })).toBeChecked();
    expect(within(placesGroup).getByRole('checkbox', { name: 'Manchester' })).not.toBeChecked();
    expect(await screen.findByText('No figures for Stockport for this indicator.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Find another place'), 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No place matches “Atlantis”. Try part of its name, or its code.')).toBeInTheDocument();
  });
});

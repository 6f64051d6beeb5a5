import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Indicator, IndicatorValue } from '@/features/indicator/types';
import { axeViolations } from '@/test/axe';
import { json, mockApi, problem, type RecordedRequest } from '@/test/fetch-mock';
import { editor, manchester, page, viewer } from '@/test/fixtures';
import type { Place, PlaceSummary } from '@/features/geography/types';
import { renderApp } from '@/test/render-app';

const wigan = { ...manchester, code: 'E08000010', name: 'Wigan' };

const sendPupils: Indicator = {
  code: 'send_pupils_percent',
  name: 'Pupils with SEND',
  definition: 'Pupils with an EHC plan or SEN support, as a share of all pupils',
  unit: 'percent',
  polarity: 'no_judgement',
  source: 'DfE, Special educational needs in England',
  breakdowns: ['primary_need'],
  published: false,
  archived: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const ehcpCount: Indicator = { ...sendPupils, code: 'ehcp_count', name: 'EHC plans', unit: 'count', breakdowns: ['phase'], definition: null };

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

const totals = [
  // Not in period order: the explorer orders by the date each period starts.
  value(manchester, '2022', 13.5, { lowerCi: 13.1, upperCi: 13.9 }),
  value(manchester, '2021', 12.8),
  value(wigan, '2021', 14.1),
  value(wigan, '2022', 15.2),
];
const byNeed = [
  value(manchester, '2022', 21.2, { breakdown: 'primary_need', category: 'SLCN' }),
  value(manchester, '2022', 8.6, { breakdown: 'primary_need', category: 'ASD' }),
  value(manchester, '2021', 7.9, { breakdown: 'primary_need', category: 'ASD' }),
  value(wigan, '2022', 10.4, { breakdown: 'primary_need', category: 'ASD' }),
];
const withheld = [
  value(manchester, '2023', null, { suppression: 'c' }),
  value(wigan, '2023', null, { suppression: 'low' }),
  value(manchester, '2022', null, { breakdown: 'primary_need', category: 'PMLD', suppression: 'x' }),
];

function placeOf(code: string, name: string, level: PlaceSummary['level'], region: PlaceSummary['region'] = null): PlaceSummary {
  return { code, name, level, region, oldLaCode: null, firstPeriod: null, lastPeriod: null, ended: false };
}
const northWest = { code: 'E12000002', name: 'North West' };
const places = [
  placeOf('E92000001', 'England', 'country'),
  placeOf(northWest.code, northWest.name, 'region'),
  placeOf(wigan.code, wigan.name, 'local_authority', northWest),
  placeOf('E08000007', 'Stockport', 'local_authority', northWest),
  placeOf('E08000001', 'Bolton', 'local_authority', northWest),
  placeOf('E08000006', 'Salford', 'local_authority', northWest),
];
const wiganNeighbours: Place['neighbours'] = [
  { code: 'E08000001', name: 'Bolton', rank: 1, closeness: 'extremely_close' },
  { code: 'E08000006', name: 'Salford', rank: 2, closeness: 'very_close' },
];
const comparatorValues = [
  value(places[3], '2022', 16),
  value(places[0], '2022', 14.4),
  value(places[1], '2022', null, { suppression: 'c' }),
  value(places[4], '2022', 15),
  value(places[5], '2022', 17.1),
];

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

function fakeApi() {
  return mockApi()
    .on('GET', '/api/v1/me', { ...editor, roles: ['analyst'], areaCodes: [manchester.code, wigan.code], canEdit: false })
    .on('GET', '/api/v1/areas', page([manchester, wigan]))
    .on('GET', '/api/v1/indicators', page([ehcpCount, sendPupils]))
    .on('GET', '/api/v1/indicator-values', (request) => valuesOf(request))
    .on('GET', '/api/v1/indicators/:code/trend', {
      indicatorCode: sendPupils.code,
      areaCode: manchester.code,
      breakdown: 'total',
      category: 'total',
      series: [],
      latest: { period: '2022', periodStart: '2022-01-01', value: 13.5, lowerCi: 13.1, upperCi: 13.9 },
      previous: { period: '2021', periodStart: '2021-01-01', value: 12.8, lowerCi: null, upperCi: null },
      change: { fromPeriod: '2021', toPeriod: '2022', fromValue: 12.8, toValue: 13.5, absolute: 0.7, percent: 5.5 },
      direction: 'no_judgement',
      comparison: null,
    });
}

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

function labelOf(checkbox: HTMLElement): string {
  return (checkbox as HTMLInputElement).labels?.[0].textContent ?? '';
}

afterEach(() => {
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

  it('shows the trend, the comparison and their tables from the choices in the address', async () => {
    const api = fakeApi();
    const { container } = renderApp(`/indicators?indicator=send_pupils_percent&area=${manchester.code}&area=${wigan.code}&from=2021`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Pupils with SEND' })).toBeInTheDocument();
    expect(screen.getByText('DfE, Special educational needs in England')).toBeInTheDocument();
    expect(screen.getByText('Percentage (%)')).toBeInTheDocument();

    const trendTable = await screen.findByRole('table', { name: /Pupils with SEND: values by period/ });
    expect(rowsOf(trendTable)).toEqual([
      ['Period', 'Manchester', 'Wigan'],
      ['2021', '12.8%', '14.1%'],
      ['2022', '13.5% (13.1% to 13.9%)', '15.2%'],
    ]);
    const trendChart = screen.getByRole('img', { name: /^Line chart: Pupils with SEND from 2021 to 2022/ });
    expect(trendChart.querySelectorAll('[data-point]')).toHaveLength(4);
    expect(trendChart.querySelectorAll('[data-ci]')).toHaveLength(1);

    const comparison = screen.getByRole('table', { name: 'Pupils with SEND: latest value of each area' });
    expect(rowsOf(comparison)).toEqual([
      ['Area', 'Period', 'Value'],
      ['Manchester', '2022', '13.5% (13.1% to 13.9%)'],
      ['Wigan', '2022', '15.2%'],
    ]);
    expect(screen.getByRole('img', { name: /^Bar chart: Pupils with SEND, the latest value of each area/ }).querySelectorAll('[data-bar]')).toHaveLength(2);

    const summary = await screen.findByRole('heading', { name: 'Manchester at a glance' });
    expect(summary.nextElementSibling).toHaveTextContent('13.5% in 2022');
    expect(summary.nextElementSibling).toHaveTextContent('+0.7 percentage points from 2021 to 2022 (+5.5% growth)');
    expect(within(summary.nextElementSibling as HTMLElement).getByText('No judgement')).toHaveClass('govuk-tag--grey');

    const request = api.sent('GET', '/api/v1/indicator-values').find((sent) => sent.query.get('category') === 'total');
    expect(request?.query.getAll('indicator')).toEqual(['send_pupils_percent']);
    expect(request?.query.getAll('area')).toEqual([manchester.code, wigan.code]);
    expect(request?.query.get('breakdown')).toBe('total');
    expect(request?.query.get('from')).toBe('2021');
    expect(request?.query.has('to')).toBe(false);
    const trend = api.sent('GET', '/api/v1/indicators/send_pupils_percent/trend')[0];
    expect(Object.fromEntries(trend.query)).toEqual({ area: manchester.code, breakdown: 'total', category: 'total', from: '2021' });

    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps the choices in the address and shows a breakdown by category', async () => {
    const api = fakeApi();
    const { user } = renderApp('/indicators');

    await user.selectOptions(await screen.findByLabelText('Indicator'), 'Pupils with SEND');
    await user.selectOptions(screen.getByLabelText('Breakdown'), 'Primary need');
    // The categories offered are those the chosen areas have.
    const category = await screen.findByRole('option', { name: 'SLCN' });
    expect(within(screen.getByLabelText('Category for the trend and comparison')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'ASD',
      'SLCN',
    ]);
    expect(category).toBeInTheDocument();
    await user.click(screen.getByLabelText('Wigan'));
    await user.type(screen.getByLabelText('To period'), '2022');
    await user.click(screen.getByRole('button', { name: 'Show indicator' }));

    const trendTable = await screen.findByRole('table', { name: /Pupils with SEND, primary need ASD: values by period/ });
    expect(rowsOf(trendTable)).toEqual([
      ['Period', 'Manchester'],
      ['2021', '7.9%'],
      ['2022', '8.6%'],
    ]);
    const breakdown = screen.getByRole('table', { name: 'Pupils with SEND by primary need: Manchester, 2022' });
    expect(rowsOf(breakdown)).toEqual([
      ['Primary need', 'Value'],
      ['SLCN', '21.2%'],
      ['ASD', '8.6%'],
    ]);
    expect(screen.getByRole('img', { name: /^Bar chart: Pupils with SEND by primary need, Manchester, 2022/ }).querySelectorAll('[data-bar]')).toHaveLength(2);

    const shown = api.sent('GET', '/api/v1/indicator-values').at(-1);
    expect(shown?.query.getAll('area')).toEqual([manchester.code]);
    // The address holds the view (checked through what the explorer shows after the choices).
    expect(screen.getByLabelText('Breakdown')).toHaveValue('primary_need');
    expect(screen.getByLabelText('Category for the trend and comparison')).toHaveValue('ASD');
    expect(screen.getByLabelText('To period')).toHaveValue('2022');
  });

  it('shows withheld figures as what they are in every table, and leaves them out of the charts', async () => {
    fakeApi().on('GET', '/api/v1/indicator-values', (request) => valuesOf(request, [...totals, ...byNeed, ...withheld]));
    const { container } = renderApp(`/indicators?indicator=send_pupils_percent&area=${manchester.code}&area=${wigan.code}`);

    const trendTable = await screen.findByRole('table', { name: /Pupils with SEND: values by period/ });
    expect(rowsOf(trendTable).at(-1)).toEqual(['2023', 'withheld (c: confidential)', 'rounds to zero (low)']);
    const trendChart = screen.getByRole('img', { name: /^Line chart: Pupils with SEND from 2021 to 2023/ });
    expect(trendChart.querySelectorAll('[data-point]')).toHaveLength(4);
    expect(trendChart).toHaveAccessibleName(/Withheld figures are not drawn; the table says why\.$/);

    const comparison = screen.getByRole('table', { name: 'Pupils with SEND: latest value of each area' });
    expect(rowsOf(comparison)).toEqual([
      ['Area', 'Period', 'Value'],
      ['Manchester', '2023', 'withheld (c: confidential)'],
      ['Wigan', '2023', 'rounds to zero (low)'],
    ]);
    const bars = screen.getByRole('img', { name: /^Bar chart: Pupils with SEND, the latest value of each area/ });
    expect(bars.querySelectorAll('[data-bar]')).toHaveLength(0);
    expect(bars).toHaveAccessibleName(/Manchester withheld \(c: confidential\) in 2023; Wigan rounds to zero \(low\) in 2023/);

    // The trend leaves withheld figures out: the summary says the later one is withheld before the last figure given.
    const summary = await screen.findByRole('heading', { name: 'Manchester at a glance' });
    expect(summary.nextElementSibling).toHaveTextContent('Figure for 2023withheld (c: confidential)');
    expect(summary.nextElementSibling).toHaveTextContent('Latest figure given13.5% in 2022');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a withheld category in the breakdown’s table, not in its chart', async () => {
    fakeApi().on('GET', '/api/v1/indicator-values', (request) => valuesOf(request, [...totals, ...byNeed, ...withheld]));
    renderApp(`/indicators?indicator=send_pupils_percent&area=${manchester.code}&breakdown=primary_need&category=ASD`);

    const breakdown = await screen.findByRole('table', { name: 'Pupils with SEND by primary need: Manchester, 2022' });
    expect(rowsOf(breakdown)).toContainEqual(['PMLD', 'not available (x)']);
    expect(screen.getByRole('img', { name: /^Bar chart: Pupils with SEND by primary need/ }).querySelectorAll('[data-bar]')).toHaveLength(2);
  });

  it('downloads exactly the values in the trend table as CSV, under the server’s file name', async () => {
    const api = fakeApi().on(
      'GET',
      '/api/v1/indicator-values',
      (request) =>
        request.query.get('format') === 'csv'
          ? new Response('indicator_code,area_code\n', {
              headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="indicator-values-2025.csv"' },
            })
          : valuesOf(request),
    );
    const createObjectURL = vi.fn(() => 'blob:csv');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderApp(`/indicators?indicator=send_pupils_percent&area=${manchester.code}&area=${wigan.code}&from=2021&to=2022`);

    const button = await screen.findByRole('button', { name: 'Download CSV' });
    expect(screen.getByText(/^\/api\/v1\/indicator-values\?/)).toHaveTextContent(
      `/api/v1/indicator-values?indicator=send_pupils_percent&area=${manchester.code}&area=${wigan.code}&breakdown=total&category=total&from=2021&to=2022&format=csv`,
    );
    await user.click(button);

    expect(await screen.findByText('Downloaded indicator-values-2025.csv.')).toBeInTheDocument();
    const csv = api.sent('GET', '/api/v1/indicator-values').find((sent) => sent.query.get('format') === 'csv');
    expect(csv?.query.toString()).toBe(
      `indicator=send_pupils_percent&area=${manchester.code}&area=${wigan.code}&breakdown=total&category=total&from=2021&to=2022&format=csv`,
    );
    expect(csv?.headers.get('Authorization')).toBe('Bearer test-token');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(clicked[0].download).toBe('indicator-values-2025.csv');
    expect(clicked[0].href).toBe('blob:csv');
  });

  it('says so when the download fails', async () => {
    fakeApi().on('GET', '/api/v1/indicator-values', (request) =>
      request.query.get('format') === 'csv' ? problem(400, { title: 'Bad Request', detail: 'from must be a year, a month or a date' }) : valuesOf(request),
    );
    const { user } = renderApp(`/indicators?indicator=send_pupils_percent&area=${manchester.code}`);

    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The download failed. from must be a year, a month or a date'));
  });

  it('are read through the geography: any place found by name, and England, the region and neighbours on request', async () => {
    const api = fakeApi()
      .on('GET', '/api/v1/me', { ...viewer, areaCodes: [wigan.code] })
      .on('GET', '/api/v1/areas', page([wigan]))
      .on('GET', '/api/v1/geography', (request) => {
        const q = (request.query.get('q') ?? '').toLowerCase();
        const items = places.filter((place) => place.name.toLowerCase().includes(q) || place.code.toLowerCase() === q);
        return json({ items, page: 0, size: 20, total: items.length });
      })
      .on('GET', '/api/v1/geography/:code', (_request, { code }) => {
        const place = places.find((candidate) => candidate.code === code);
        return place
          ? json({ ...place, neighbours: code === wigan.code ? wiganNeighbours : [] } satisfies Place)
          : problem(404, { title: 'Not Found' });
      })
      .on('GET', '/api/v1/indicator-values', (request) => valuesOf(request, [...totals, ...comparatorValues]));
    const { user, container } = renderApp('/indicators?indicator=send_pupils_percent');

    const placesGroup = await screen.findByRole('group', { name: 'Places' });
    expect(within(placesGroup).getAllByRole('checkbox').map(labelOf)).toEqual(['Wigan']);
    // Enter in the search box searches; it does not show the indicator.
    await user.type(screen.getByLabelText('Find another place'), 'stock{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('1 place matches “stock”');
    const stockportBox = await screen.findByRole('checkbox', { name: 'Stockport' });
    expect(stockportBox).toHaveAccessibleDescription('Local authority, North West, E08000007');
    await user.click(stockportBox);

    const compare = await screen.findByRole('group', { name: 'Compare Wigan with' });
    expect(within(compare).getAllByRole('checkbox').map(labelOf)).toEqual([
      'England',
      'North West, its region',
      'Its 2 statistical neighbours',
    ]);
    expect(within(compare).getByRole('checkbox', { name: 'Its 2 statistical neighbours' })).toHaveAccessibleDescription(
      "DfE's list, nearest first: Bolton (extremely close), Salford (very close)",
    );
    for (const name of ['England', 'North West, its region', 'Its 2 statistical neighbours']) await user.click(within(compare).getByRole('checkbox', { name }));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Show indicator' }));

    const trendTable = await screen.findByRole('table', { name: /Pupils with SEND: values by period/ });
    expect(rowsOf(trendTable)[0]).toEqual(['Period', 'Wigan', 'Stockport', 'England', 'North West', 'Bolton', 'Salford']);
    expect(rowsOf(trendTable)[2]).toEqual(['2022', '15.2%', '16%', '14.4%', 'withheld (c: confidential)', '15%', '17.1%']);
    const sent = api.sent('GET', '/api/v1/indicator-values').at(-1);
    expect(sent?.query.getAll('area')).toEqual([wigan.code, 'E08000007', 'E92000001', 'E12000002', 'E08000001', 'E08000006']);
    // The view is kept in the address: the form, drawn again from it, shows the same choices.
    expect(await screen.findByRole('checkbox', { name: 'Stockport' })).toBeChecked();
    expect(within(await screen.findByRole('group', { name: 'Compare Wigan with' })).getByRole('checkbox', { name: 'England' })).toBeChecked();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when no place matches, and opens a bookmarked view of a place outside the user’s areas with its name', async () => {
    fakeApi()
      .on('GET', '/api/v1/geography', json({ items: [], page: 0, size: 20, total: 0 }))
      .on('GET', '/api/v1/geography/:code', (_request, { code }) => json({ ...places.find((place) => place.code === code), neighbours: [] }))
      .on('GET', '/api/v1/indicator-values', (request) => valuesOf(request, [...totals, ...comparatorValues]));
    const { user } = renderApp('/indicators?indicator=send_pupils_percent&area=E08000007&compare=england');

    const placesGroup = await screen.findByRole('group', { name: 'Places' });
    expect(await within(placesGroup).findByRole('checkbox', { name: 'Stockport' })).toBeChecked();
    expect(within(placesGroup).getByRole('checkbox', { name: 'Manchester' })).not.toBeChecked();
    const trendTable = await screen.findByRole('table', { name: /Pupils with SEND: values by period/ });
    expect(rowsOf(trendTable)[0]).toEqual(['Period', 'Stockport', 'England']);

    await user.type(screen.getByLabelText('Find another place'), 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No place matches “Atlantis”. Try part of its name, or its code.')).toBeInTheDocument();
  });
});

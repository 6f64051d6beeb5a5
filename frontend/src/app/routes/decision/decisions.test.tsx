import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ForecastEvidence } from '@/features/decision/types';
import { axeViolations } from '@/test/axe';
import { typeDate } from '@/test/date-input';
import { json, problem } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { coproduction, decision, indicator, manchester, page, service, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { cellValue } from '@/test/table-cells';

const listPath = `/api/v1/areas/${manchester.code}/decisions`;
const recordPath = `${listPath}/${decision.id}`;
const area = `/areas/${manchester.code}`;

const forecast: ForecastEvidence = {
  indicatorCode: indicator.code,
  breakdown: 'total',
  category: 'total',
  horizon: 2,
  method: 'a log-linear trend',
  takenAt: '2025-03-10T09:30:00Z',
  points: [
    { period: '2025/26', forecast: 9500.46, lower80: 9200, upper80: 9800, lower95: 9000, upper95: 10000, capacity: 9000, gap: -500.46 },
    { period: '2026/27', forecast: 10100, lower80: 9600, upper80: 10600, lower95: 9300, upper95: 10900, capacity: 9000, gap: -1100 },
  ],
};

/** The area's fake API with the indicator catalogue the decision pages name indicators from. */
function decisionsApi(me = fakeAreaApi()) {
  return me.on('GET', '/api/v1/indicators', page([indicator]));
}

function row(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('the decisions log', () => {
  it('lists each decision with its service, day, decision in words and who took it', async () => {
    decisionsApi();
    renderApp(`${area}/decisions`);

    const table = await screen.findByRole('table', { name: 'Commissioning decisions' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent?.replace(/[▲▼⇅]/, ''))).toEqual(['Decided on', 'Service', 'Decision', 'Decided by']);
    const cells = within(within(table).getAllByRole('row')[1]).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['12 March 2025', service.name, `Recommission ${service.name}, 12 March 2025`, 'SEND Board']);
    expect(within(cells[2]).getByRole('link')).toHaveAttribute('href', `${area}/decisions/${decision.id}`);
    expect(within(table).getByRole('columnheader', { name: /Decided on/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('is filtered by service, decision, evidence indicator, dates and words', async () => {
    const api = decisionsApi();
    const { user } = renderApp(`${area}/decisions`);

    await screen.findByRole('table', { name: 'Commissioning decisions' });
    const filters = screen.getByRole('search', { name: 'Filter decisions' });
    await user.selectOptions(within(filters).getByLabelText('Service'), service.name);
    await user.selectOptions(within(filters).getByLabelText('Decision'), 'Jointly commission');
    await user.selectOptions(within(filters).getByLabelText('Evidence indicator'), indicator.name);
    await user.type(within(filters).getByLabelText('Decided on or after'), '2025-01-01');
    await user.type(within(filters).getByLabelText('Search who decided and the rationale'), 'Board');
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(api.sent('GET', listPath).some((request) => request.query.has('decision'))).toBe(true));
    expect(Object.fromEntries(api.sent('GET', listPath).at(-1)?.query ?? [])).toMatchObject({
      serviceId: service.id,
      decision: 'jointly_commission',
      indicator: indicator.code,
      from: '2025-01-01',
      q: 'Board',
    });
  });

  it('is linked from the area’s navigation and page', async () => {
    decisionsApi();
    renderApp(area);

    const navigation = await screen.findByRole('navigation', { name: `${manchester.name} records` });
    expect(within(navigation).getByRole('link', { name: 'Decisions' })).toHaveAttribute('href', `${area}/decisions`);
    expect(screen.getByRole('link', { name: 'Commissioning decisions' })).toHaveAttribute('href', `${area}/decisions`);
  });
});

describe('a decision’s page', () => {
  it('says what was decided about which service, by whom and why, and names its evidence', async () => {
    decisionsApi();
    renderApp(`${area}/decisions/${decision.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: `Recommission: ${service.name}` })).toBeInTheDocument();
    expect(within(row('Service')).getByRole('link', { name: service.name })).toHaveAttribute('href', `${area}/services/${service.id}`);
    expect(row('Date decided')).toHaveTextContent('12 March 2025');
    expect(row('Decision')).toHaveTextContent('Recommission');
    expect(row('Decided by')).toHaveTextContent('SEND Board');
    expect(row('Rationale')).toHaveTextContent('Families told us short breaks are hard to find');
    expect(screen.getByRole('link', { name: indicator.name })).toHaveAttribute('href', expect.stringContaining(`indicator=${indicator.code}`));
    expect(screen.getByRole('link', { name: coproduction.title })).toHaveAttribute('href', `${area}/coproduction/${coproduction.id}`);
    expect(screen.getByText('No forecast figures were recorded with this decision.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /history/i })).toHaveAttribute('href', `${area}/decisions/${decision.id}/history`);
  });

  it('shows the forecast it relied on, as it was taken', async () => {
    decisionsApi().on(
      'GET',
      recordPath,
      json({ ...decision, forecastEvidence: forecast, linked: { services: [{ id: service.id, label: service.name, archived: false }] } }, { headers: { ETag: '"0"' } }),
    );
    renderApp(`${area}/decisions/${decision.id}`);

    const table = await screen.findByRole('table', { name: `Forecast of ${indicator.name} the decision relied on` });
    expect(within(table).getAllByRole('row').map((tableRow) => within(tableRow).queryAllByRole('cell').map(cellValue))).toEqual([
      [],
      ['2025/26', '9,500.5', '9,200 to 9,800', '9,000 to 10,000', '9,000', '-500.5'],
      ['2026/27', '10,100', '9,600 to 10,600', '9,300 to 10,900', '9,000', '-1,100'],
    ]);
    expect(screen.getByText(/forecast 2 years ahead by a log-linear trend/)).toHaveTextContent('10 March 2025 at 9:30am');
  });

  it('offers a viewer no way to change it', async () => {
    decisionsApi(fakeAreaApi(viewer));
    renderApp(`${area}/decisions/${decision.id}`);

    await screen.findByRole('heading', { level: 1, name: `Recommission: ${service.name}` });
    expect(screen.queryByRole('button', { name: /edit|archive|restore/i })).not.toBeInTheDocument();
  });
});

describe('the decision form', () => {
  it('records a decision about the service it was opened from, with its evidence chosen by name', async () => {
    const created = { ...decision, id: '91919191-9191-4919-8919-919191919191', version: 0 };
    const api = decisionsApi()
      .on('POST', listPath, json(created, { status: 201, headers: { ETag: '"0"' } }))
      .on('GET', `${listPath}/${created.id}`, json(created, { headers: { ETag: '"0"' } }));
    const { user } = renderApp(`${area}/decisions/new?service=${service.id}`);

    expect(await screen.findByLabelText('Service')).toHaveDisplayValue(service.name);
    await typeDate(user, 'Date decided', '12 3 2025');
    await user.click(screen.getByLabelText('Recommission'));
    await user.type(screen.getByLabelText('Decided by'), 'SEND Board');
    await user.type(screen.getByLabelText('Rationale'), 'Demand keeps growing.');
    await user.click(screen.getByRole('checkbox', { name: indicator.name }));
    await user.click(screen.getByRole('checkbox', { name: coproduction.title }));
    await user.click(screen.getByRole('button', { name: 'Save decision' }));

    expect(await screen.findByText('Decision recorded')).toBeInTheDocument();
    expect(api.sent('POST', listPath)[0].body).toEqual({
      serviceId: service.id,
      decidedOn: '2025-03-12',
      decision: 'recommission',
      decidedBy: 'SEND Board',
      rationale: 'Demand keeps growing.',
      indicatorCodes: [indicator.code],
      coproductionIds: [coproduction.id],
      forecastEvidence: null,
    });
  });

  it('checks what it can before asking the API, a day to come among them', async () => {
    const api = decisionsApi();
    const { user } = renderApp(`${area}/decisions/new`);

    await screen.findByLabelText('Service');
    const next = new Date();
    next.setDate(next.getDate() + 2);
    await typeDate(user, 'Date decided', `${next.getDate()} ${next.getMonth() + 1} ${next.getFullYear()}`);
    await user.click(screen.getByRole('button', { name: 'Save decision' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Select the service the decision is about',
      'Date decided must be today or in the past',
      'Select what was decided',
      'Enter who took the decision, like the SEND Board',
    ]);
    expect(api.sent('POST', listPath)).toEqual([]);
  });

  it('carries the forecast a page handed over, shows it, and sends it with the decision', async () => {
    const api = decisionsApi().on('POST', listPath, problem(422, { title: 'The request breaks a rule', errors: [{ field: 'forecastEvidence.takenAt', message: 'must not be in the future' }] }));
    const { user } = renderApp({ pathname: `${area}/decisions/new`, search: `?service=${service.id}`, state: { forecastEvidence: forecast } });

    expect(await screen.findByRole('table', { name: `Forecast of ${indicator.name} the decision relied on` })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: indicator.name })).toBeChecked();
    await typeDate(user, 'Date decided', '12 3 2025');
    await user.click(screen.getByLabelText('Extend'));
    await user.type(screen.getByLabelText('Decided by'), 'SEND Board');
    await user.click(screen.getByRole('button', { name: 'Save decision' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The time the forecast was taken must not be in the future' })).toHaveAttribute('href', '#forecastEvidence');
    expect(api.sent('POST', listPath)[0].body).toMatchObject({ forecastEvidence: forecast, indicatorCodes: [indicator.code] });
  });
});

describe('changing a decision', () => {
  it('sends its forecast back as it was kept, with If-Match', async () => {
    const kept = { ...decision, forecastEvidence: forecast, linked: { services: [{ id: service.id, label: service.name, archived: false }] } };
    const api = decisionsApi()
      .on('GET', recordPath, json(kept, { headers: { ETag: '"0"' } }))
      .on('PUT', recordPath, json({ ...kept, version: 1, decision: 'extend' }, { headers: { ETag: '"1"' } }));
    const { user } = renderApp(`${area}/decisions/${decision.id}/edit`);

    await user.click(await screen.findByLabelText('Extend'));
    await user.click(screen.getByRole('button', { name: 'Save decision' }));

    expect(await screen.findByText('Decision saved')).toBeInTheDocument();
    const [put] = api.sent('PUT', recordPath);
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(put.body).toMatchObject({ decision: 'extend', forecastEvidence: forecast });
  });
});

describe('a decision someone else changed first', () => {
  it('shows their changes and the user’s in words: the decision, the forecast, the records it relied on', async () => {
    const theirs = { ...decision, version: 1, decision: 'jointly_commission' as const, forecastEvidence: forecast, coproductionIds: [] };
    decisionsApi().on('PUT', recordPath, problem(412, { title: 'Precondition Failed', currentVersion: 1, current: theirs }));
    const { user, container } = renderApp(`${area}/decisions/${decision.id}/edit`);

    await user.click(await screen.findByLabelText('Extend'));
    await user.click(screen.getByRole('button', { name: 'Save decision' }));

    const merge = await screen.findByRole('region', { name: 'What changed since you opened it' });
    expect(merge).toHaveTextContent(
      'Forecast it relied onEHC plans issued within 20 weeks, forecast 2 years ahead by a log-linear trend, taken on 10 March 2025 at 9:30am',
    );
    expect(merge).toHaveTextContent('Co-productionNone');
    const kind = within(merge).getByRole('group', { name: 'Decision: you both changed it' });
    expect(within(kind).getByRole('radio', { name: 'Keep mine' })).toHaveAccessibleDescription('Extend');
    expect(within(kind).getByRole('radio', { name: 'Keep theirs' })).toHaveAccessibleDescription('Jointly commission');
    expect(merge).not.toHaveTextContent(/jointly_commission|ehcp_/);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('a service’s page', () => {
  it('shows the decisions about it, and offers to record one', async () => {
    const api = decisionsApi();
    renderApp(`${area}/services/${service.id}`);

    const table = await screen.findByRole('table', { name: 'Decisions about this service' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Decided on', 'Decision', 'Decided by']);
    expect(within(table).getByRole('link', { name: `Recommission ${service.name}, 12 March 2025` })).toHaveAttribute('href', `${area}/decisions/${decision.id}`);
    expect(screen.getByRole('button', { name: 'Record a decision about this service' })).toHaveAttribute('href', `${area}/decisions/new?service=${service.id}`);
    expect(api.sent('GET', listPath).at(-1)?.query.get('serviceId')).toBe(service.id);
  });
});

describe('the decision pages meet WCAG 2.2 AA (the checks that run without a browser)', () => {
  it.each([
    ['the log', `${area}/decisions`, 'Commissioning decisions'],
    ['a decision', `${area}/decisions/${decision.id}`, `Recommission: ${service.name}`],
    ['the form', `${area}/decisions/new`, 'Record a commissioning decision'],
    ['the edit form', `${area}/decisions/${decision.id}/edit`, 'Edit decision'],
    ['its history', `${area}/decisions/${decision.id}/history`, `History of Recommission: ${service.name}`],
  ])('%s', async (_, path, heading) => {
    decisionsApi().on('GET', `${recordPath}/history`, page([]));
    const { container } = renderApp(path);

    await screen.findByRole('heading', { level: 1, name: heading });
    expect(await axeViolations(container)).toEqual([]);
  });
});

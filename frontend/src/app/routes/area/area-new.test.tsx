import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlaceSummary } from '@/features/geography/types';
import { axeViolations } from '@/test/axe';
import { json, mockApi, problem } from '@/test/fetch-mock';
import { admin, editor, manchester, page, strategy, wigan } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const northWest = { code: 'E12000002', name: 'North West' };
const stockportPlace: PlaceSummary = {
  code: 'E08000007',
  name: 'Stockport',
  level: 'local_authority',
  region: northWest,
  oldLaCode: '356',
  firstPeriod: '2018/19',
  lastPeriod: '2024/25',
  ended: false,
};
const stockport = { ...manchester, code: stockportPlace.code, name: stockportPlace.name, icbCode: null, icbName: null, demo: false, version: 0 };

function fakeApi(me = admin) {
  return mockApi()
    .on('GET', '/api/v1/me', me)
    .on('GET', '/api/v1/areas', page([manchester]))
    .on('GET', '/api/v1/geography', (request) => {
      const items = (request.query.get('q') ?? '').toLowerCase().startsWith('stock') ? [stockportPlace] : [];
      return json({ items, page: 0, size: 20, total: items.length });
    })
    .on('POST', '/api/v1/areas', json(stockport, { status: 201, headers: { ETag: '"0"' } }))
    .on('GET', `/api/v1/areas/${stockport.code}`, stockport)
    .on('GET', `/api/v1/areas/${stockport.code}/strategies`, page([{ ...strategy, areaCode: stockport.code }]))
    .on('GET', `/api/v1/areas/${stockport.code}/priorities`, page([]))
    .on('GET', `/api/v1/areas/${stockport.code}/outcomes`, page([]));
}

async function findStockport(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('Find the local authority'), 'Stock');
  await user.click(screen.getByRole('button', { name: 'Search' }));
  expect(await screen.findByRole('status')).toHaveTextContent('1 local authority matches “Stock”');
  return screen.findByRole('radio', { name: 'Stockport' });
}

describe('adding an area', () => {
  it('picks the local authority from the geography by its name, showing its region and GSS code', async () => {
    const api = fakeApi();
    const { user, container } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Add an area' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Add an area' })).toBeInTheDocument();
    const radio = await findStockport(user);
    expect(radio).toHaveAccessibleDescription('Local authority, North West, E08000007');
    expect(api.sent('GET', '/api/v1/geography')[0].query.get('level')).toBe('local_authority');
    await user.click(radio);
    expect(screen.getByText('Stockport', { selector: 'strong' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('ICB code (optional)'), 'E54000057');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add area' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Stockport' })).toBeInTheDocument();
    expect(api.sent('POST', '/api/v1/areas')[0].body).toEqual({ code: 'E08000007', name: 'Stockport', icbCode: 'E54000057', icbName: null, demo: false });
  });

  it('asks for a local authority before anything is sent', async () => {
    const api = fakeApi();
    const { user, container } = renderApp('/areas/new');

    await user.click(await screen.findByRole('button', { name: 'Add area' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Find and choose the local authority' })).toHaveAttribute('href', '#place-search');
    expect(screen.getByLabelText('Find the local authority')).toHaveAccessibleDescription(expect.stringContaining('Find and choose the local authority'));
    expect(document.title).toBe('Error: Add an area – SEND Hub');
    expect(api.sent('POST')).toHaveLength(0);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the API’s 422 in the error summary and on the field it names', async () => {
    fakeApi().on(
      'POST',
      '/api/v1/areas',
      problem(422, {
        title: 'The request breaks a rule',
        errors: [
          { field: 'code', message: 'must be an upper-tier local authority of the geography' },
          { field: 'icbCode', message: 'must match "^[EWSN][0-9]{8}$"' },
        ],
      }),
    );
    const { user, container } = renderApp('/areas/new');

    await user.click(await findStockport(user));
    await user.type(screen.getByLabelText('ICB code (optional)'), 'GM');
    await user.click(screen.getByRole('button', { name: 'Add area' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Local authority must be an upper-tier local authority of the geography' })).toHaveAttribute('href', '#place');
    expect(within(summary).getByRole('link', { name: 'ICB code must match "^[EWSN][0-9]{8}$"' })).toHaveAttribute('href', '#icbCode');
    expect(screen.getByRole('group', { name: 'Results for “Stock”' })).toHaveAccessibleDescription(expect.stringContaining('Local authority must be'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says an area that is already there is already there', async () => {
    fakeApi().on('POST', '/api/v1/areas', problem(409, { title: 'Conflict', detail: 'Area E08000007 already exists.' }));
    const { user } = renderApp('/areas/new');

    await user.click(await findStockport(user));
    await user.click(screen.getByRole('button', { name: 'Add area' }));

    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Stockport is already an area of SEND Hub' })).toHaveAttribute('href', '#place');
  });

  it('is for administrators only', async () => {
    fakeApi(editor).on('GET', '/api/v1/areas', page([manchester, wigan]));
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Choose an area' });
    expect(screen.queryByRole('button', { name: 'Add an area' })).not.toBeInTheDocument();
  });

  it('turns others away from the form', async () => {
    fakeApi(editor);
    renderApp('/areas/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot add areas' })).toBeInTheDocument();
    expect(screen.getByText('Only administrators add areas.')).toBeInTheDocument();
  });
});

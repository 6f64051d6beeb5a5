import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '@/test/fetch-mock';
import { admin, editor, manchester, page, priority, strategy, viewer, wigan } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const archived = { ...priority, id: '44444444-4444-4444-8444-444444444444', number: 2, title: 'Old priority', status: 'achieved' as const, archived: true };

function fakeApi(me = editor) {
  return mockApi()
    .on('GET', '/api/v1/me', me)
    .on('GET', '/api/v1/areas', page([manchester]))
    .on('GET', `/api/v1/areas/${manchester.code}`, manchester)
    .on('GET', `/api/v1/areas/${manchester.code}/strategies`, page([strategy]))
    .on('GET', `/api/v1/areas/${manchester.code}/outcomes`, page([]))
    .on('GET', `/api/v1/areas/${manchester.code}/priorities`, (request) =>
      new Response(JSON.stringify(page(request.query.get('includeArchived') === 'true' ? [priority, archived] : [priority])), {
        headers: { 'Content-Type': 'application/json' },
      }),
    );
}

describe('the area page', () => {
  it('lists the areas to choose from', async () => {
    fakeApi().on('GET', '/api/v1/areas', page([manchester, wigan]));
    const { user } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose an area' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Manchester' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Manchester' })).toBeInTheDocument();
  });

  it('takes a user who works in one area straight to it', async () => {
    fakeApi(editor);
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Manchester' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Choose an area' })).not.toBeInTheDocument();
  });

  it('keeps an administrator with one area on the list, where areas are added', async () => {
    fakeApi(admin);
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose an area' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Manchester' })).toBeInTheDocument();
    expect(screen.queryByText(manchester.code)).not.toBeInTheDocument();
  });

  it('lists the priorities of the active strategy with their status', async () => {
    const api = fakeApi();
    renderApp(`/areas/${manchester.code}`);

    const table = await screen.findByRole('table', { name: `Priorities of ${strategy.title}` });
    const row = within(table).getByRole('row', { name: /Improve the quality of EHC plans/ });
    expect(within(row).getByText('At risk')).toHaveClass('govuk-tag');
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/areas/${manchester.code}/priorities/${priority.id}`);
    expect(screen.getByRole('button', { name: 'Add a priority' })).toHaveAttribute(
      'href',
      `/areas/${manchester.code}/priorities/new?strategy=${strategy.id}`,
    );
    expect(api.sent('GET', `/api/v1/areas/${manchester.code}/priorities`)[0].query.get('strategyId')).toBe(strategy.id);
  });

  it('links to the area profile', async () => {
    fakeApi(viewer);
    renderApp(`/areas/${manchester.code}`);

    expect(await screen.findByRole('link', { name: 'Area profile: how Manchester compares' })).toHaveAttribute('href', `/places/${manchester.code}/profile`);
  });

  it('filters by status and text, and shows archived priorities on request', async () => {
    const api = fakeApi();
    const { user } = renderApp(`/areas/${manchester.code}`);

    await screen.findByRole('table', { name: `Priorities of ${strategy.title}` });
    await user.selectOptions(screen.getByLabelText('Status'), 'Achieved');
    await user.type(screen.getByLabelText('Search titles and descriptions'), 'plans');
    await user.click(screen.getByLabelText('Show archived'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    const row = await screen.findByRole('row', { name: /Old priority/ });
    expect(within(row).getByText('Archived')).toHaveClass('govuk-tag');
    const query = api.sent('GET', `/api/v1/areas/${manchester.code}/priorities`).at(-1)?.query;
    expect(query?.get('status')).toBe('achieved');
    expect(query?.get('q')).toBe('plans');
    expect(query?.get('includeArchived')).toBe('true');
  });

  it('offers a viewer no way to add a priority', async () => {
    fakeApi(viewer);
    renderApp(`/areas/${manchester.code}`);

    await screen.findByRole('table', { name: `Priorities of ${strategy.title}` });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Add a priority' })).not.toBeInTheDocument());
  });

  it('says not found for an area outside the user’s areas, showing nothing of it', async () => {
    fakeApi();
    renderApp('/areas/E08000010');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found – SEND Hub');
  });

  it('says the service has a problem when the API fails', async () => {
    fakeApi().on('GET', `/api/v1/areas/${manchester.code}`, problem(500, { title: 'Internal Server Error', detail: 'The database did not answer' }));
    renderApp(`/areas/${manchester.code}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' })).toBeInTheDocument();
    expect(screen.getByText('The service said: The database did not answer')).toBeInTheDocument();
  });

  it('turns a viewer away from the add form', async () => {
    fakeApi(viewer);
    renderApp(`/areas/${manchester.code}/priorities/new`);

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot add priorities' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument();
  });
});

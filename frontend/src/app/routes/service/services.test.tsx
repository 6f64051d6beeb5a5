import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { manchester, service, viewer } from '@/test/fixtures';
import { typeDate } from '@/test/date-input';
import { renderApp } from '@/test/render-app';

const servicesPath = `/api/v1/areas/${manchester.code}/services`;
const registerUrl = `/areas/${manchester.code}/services`;
const ending = { ...service, id: '78787878-7878-4787-8787-787878787878', name: 'Speech and language therapy', contractEnd: '2026-12-31', annualValue: 120000 };

afterEach(() => {
  vi.useRealTimers();
});

function sentWith(api: ReturnType<typeof fakeAreaApi>, name: string) {
  return api.sent('GET', servicesPath).filter((request) => request.query.has(name));
}

describe('the services register', () => {
  it('asks for the contracts ending and reviews due by the one definition of due', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 7, 31, 9, 30));
    const api = fakeAreaApi().on('GET', servicesPath, (request) =>
      json({ items: request.query.get('due') === 'contract_end' ? [ending] : [service, ending], page: 0, size: 500, total: 2 }),
    );
    renderApp(registerUrl);

    const heading = await screen.findByRole('heading', { name: 'Contracts ending in the next 6 months' });
    const contracts = await screen.findByRole('table', { name: 'Contracts ending in the next 6 months' });
    expect(within(contracts).getByRole('row', { name: /Speech and language therapy .* 31 December 2026 £120,000/ })).toBeInTheDocument();
    expect(heading.nextElementSibling).toHaveTextContent('Due by 28 February 2027 or already passed');

    const dues = sentWith(api, 'due');
    const contractQuery = dues.find((request) => request.query.get('due') === 'contract_end');
    expect(contractQuery?.query.get('sort')).toBe('contractEnd');
    const reviewQuery = dues.find((request) => request.query.get('due') === 'review');
    expect(reviewQuery?.query.get('sort')).toBe('reviewDate');
  });

  it('flags a contract of an active service that has already ended', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 10));
    fakeAreaApi().on('GET', servicesPath, (request) =>
      json({ items: request.query.get('due') === 'contract_end' ? [ending] : [], page: 0, size: 500, total: 1 }),
    );
    renderApp(registerUrl);

    const contracts = await screen.findByRole('table', { name: 'Contracts ending in the next 6 months' });
    expect(within(contracts).getByText('Ended')).toHaveClass('govuk-tag--red');
  });

  it('counts the services of each status from the list totals', async () => {
    const totals: Record<string, number> = { active: 12, planned: 3, decommissioned: 1 };
    const api = fakeAreaApi().on('GET', servicesPath, (request) => {
      const status = request.query.get('status') ?? '';
      const size = Number(request.query.get('size'));
      return json({ items: size === 1 ? [] : [service], page: 0, size, total: totals[status] ?? 1 });
    });
    renderApp(registerUrl);

    const counts = (await screen.findByRole('heading', { name: 'Services by status' })).nextElementSibling as HTMLElement;
    await waitFor(() =>
      expect(within(counts).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['12 Active', '3 Planned', '1 Decommissioned']),
    );
    const countQueries = api.sent('GET', servicesPath).filter((request) => request.query.get('size') === '1');
    expect(countQueries.map((request) => request.query.get('status')).sort()).toEqual(['active', 'decommissioned', 'planned']);
  });

  it('lists every service with its money in pounds and its total value', async () => {
    fakeAreaApi().on('GET', servicesPath, (request) =>
      json({ items: request.query.has('status') ? [] : [service, ending], page: 0, size: 50, total: 2, totalAnnualValue: 570000.5, withoutAnnualValue: 0 }),
    );
    renderApp(registerUrl);

    const table = await screen.findByRole('table', { name: 'All services' });
    expect(
      within(table).getByRole('row', { name: /Short breaks Action for Children Targeted Do Active £450,000.50 31 March 2027/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/2 services\. Total annual value £570,000.50\./)).toBeInTheDocument();
  });

  it('filters by every field the register offers', async () => {
    const api = fakeAreaApi();
    const { user } = renderApp(registerUrl);

    await screen.findByRole('table', { name: 'All services' });
    const filters = screen.getByRole('search', { name: 'Filter services' });
    await user.selectOptions(within(filters).getByLabelText('Status'), 'Planned');
    await user.selectOptions(within(filters).getByLabelText('Commissioning stage'), 'Review');
    await user.selectOptions(within(filters).getByLabelText('Tier'), 'Specialist');
    await user.selectOptions(within(filters).getByLabelText('Primary need'), 'ASD: Autistic spectrum disorder');
    await user.selectOptions(within(filters).getByLabelText('Sector'), 'Health');
    await user.selectOptions(within(filters).getByLabelText('Funding model'), 'Pooled budget');
    await user.type(within(filters).getByLabelText('Provider'), 'Action');
    await typeDate(user, 'Contract ends before', '1 4 2027', filters);
    await user.click(within(filters).getByLabelText('Show archived'));
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(sentWith(api, 'provider')).toHaveLength(1));
    const query = sentWith(api, 'provider')[0].query;
    expect(Object.fromEntries(query)).toMatchObject({
      status: 'planned',
      stage: 'review',
      tier: 'specialist',
      need: 'ASD',
      sector: 'health',
      fundingModel: 'pooled',
      provider: 'Action',
      contractEndsBefore: '2027-04-01',
      includeArchived: 'true',
    });
  });

  it('sorts by a column, then the other way', async () => {
    const api = fakeAreaApi();
    const { user } = renderApp(registerUrl);

    const table = await screen.findByRole('table', { name: 'All services' });
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /Annual value/ }));

    await waitFor(() => expect(api.sent('GET', servicesPath).some((request) => request.query.get('sort') === 'annualValue')).toBe(true));
    const sorted = await screen.findByRole('table', { name: 'All services' });
    expect(within(sorted).getByRole('columnheader', { name: /Annual value/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(sorted).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'none');

    await user.click(within(sorted).getByRole('button', { name: /Annual value/ }));
    await waitFor(() => expect(api.sent('GET', servicesPath).some((request) => request.query.get('sort') === '-annualValue')).toBe(true));
  });

  it('offers a viewer no way to add a service', async () => {
    fakeAreaApi(viewer);
    renderApp(registerUrl);

    await screen.findByRole('table', { name: 'All services' });
    expect(screen.queryByRole('button', { name: 'Add a service' })).not.toBeInTheDocument();
  });
});

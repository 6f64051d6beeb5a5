import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { specialSchools, sufficiency } from '@/features/sufficiency/sufficiency-fixtures';
import { axeViolations } from '@/test/axe';
import { fakeAreaApi } from '@/test/fake-area-api';
import { indicator, manchester, page as listOf, service, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const page = `/areas/${manchester.code}/sufficiency`;
const api = `/api/v1/areas/${manchester.code}/sufficiency`;

describe('the sufficiency page', () => {
  it('lists the gaps first, then each setting with its chart and table, and what cannot be forecast', async () => {
    fakeAreaApi().on('GET', api, sufficiency);
    const { container } = renderApp(page);

    await screen.findByRole('heading', { name: 'Sufficiency', level: 1 });
    const gaps = screen.getByRole('heading', { name: 'Gaps' }).nextElementSibling as HTMLElement;
    expect(within(gaps).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Special schools: short from 2026/27, by up to 70']);
    expect(screen.getAllByRole('img')).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'Forecast against capacity: Mainstream schools' })).toBeInTheDocument();
    const notForecast = screen.getByRole('table', { name: 'Settings and needs that cannot be forecast, and why' });
    expect(within(notForecast).getByRole('rowheader', { name: 'Primary need: ASD' })).toBeInTheDocument();
    expect(screen.queryByText(/no service records its capacity yet/i)).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains how to add capacity when no service records one', async () => {
    fakeAreaApi().on('GET', api, { ...sufficiency, servicesWithCapacity: 0, rows: sufficiency.rows.slice(1) });
    renderApp(page);
    expect(await screen.findByRole('heading', { name: 'No service records its capacity yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'services register' })).toHaveAttribute('href', '/areas/E08000003/services');
    expect(screen.getByText('No gap can be worked out until a service records its capacity.')).toBeInTheDocument();
  });

  it('asks the API for the scenario, and checks what is typed first', async () => {
    const fake = fakeAreaApi().on('GET', api, sufficiency);
    renderApp(page);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Places added'), 'forty');
    await user.click(screen.getByRole('button', { name: 'Show scenario' }));
    expect(await screen.findByRole('link', { name: 'Places added must be a whole number from 1 to 100,000, like 40' })).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Places added'));
    await user.type(screen.getByLabelText('Places added'), '40');
    await user.selectOptions(screen.getByLabelText('Setting for added places'), 'Special schools');
    await user.type(screen.getByLabelText('Change in growth a year (%)'), '2');
    await user.click(screen.getByRole('button', { name: 'Show scenario' }));
    await waitFor(() => {
      const last = fake.sent('GET', api).at(-1);
      expect(last?.query.get('growthChange')).toBe('2');
      expect(last?.query.getAll('addedPlaces')).toEqual(['special_school:40']);
    });
  });

  it('records a decision on a setting’s figures: the form starts on its one service, with the forecast as evidence', async () => {
    fakeAreaApi()
      .on('GET', api, sufficiency)
      .on('GET', '/api/v1/indicators', listOf([{ ...indicator, code: 'ehcp_plans', name: 'EHC plans' }]));
    const user = userEvent.setup();
    renderApp(page);

    const special = (await screen.findByRole('heading', { name: 'Special schools', level: 2 })).closest('section') as HTMLElement;
    expect(within(special).getByText('The decision keeps the forecast figures above as they are today.')).toBeInTheDocument();
    await user.click(within(special).getByRole('button', { name: 'Record a decision on this evidence' }));

    expect(await screen.findByRole('heading', { name: 'Record a commissioning decision', level: 1 })).toBeInTheDocument();
    expect((screen.getByLabelText('Service') as HTMLSelectElement).value).toBe(service.id);
    const kept = screen.getByRole('table', { name: 'Forecast of EHC plans, Special schools the decision relied on' });
    expect(within(kept).getAllByRole('row')).toHaveLength(1 + sufficiency.rows[0].years.length);
    expect(within(kept).getByRole('row', { name: /2027\/28/ })).toHaveTextContent('400');
    expect(screen.getByText(/forecast 3 years ahead by log growth pooled across local authorities\./)).toBeInTheDocument();
  });

  it('names a primary need in words in the decision it starts', async () => {
    const need = { ...specialSchools, dimension: 'need' as const, code: 'ASD', label: 'ASD', indicatorCode: 'ehcp_plans', breakdown: 'primary_need', category: 'ASD' };
    fakeAreaApi()
      .on('GET', api, { ...sufficiency, rows: [need] })
      .on('GET', '/api/v1/indicators', listOf([{ ...indicator, code: 'ehcp_plans', name: 'EHC plans' }]));
    const user = userEvent.setup();
    renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Record a decision on this evidence' }));
    expect(await screen.findByRole('table', { name: 'Forecast of EHC plans, Autistic spectrum disorder the decision relied on' })).toBeInTheDocument();
  });

  it('offers a viewer no decision to record', async () => {
    fakeAreaApi(viewer).on('GET', api, sufficiency);
    renderApp(page);
    await screen.findByRole('heading', { name: 'Special schools', level: 2 });
    expect(screen.queryByRole('button', { name: 'Record a decision on this evidence' })).not.toBeInTheDocument();
  });
});

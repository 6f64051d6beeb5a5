import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/test/fetch-mock';
import { editor, manchester, page, priority, strategy, viewer, measuresOf } from '@/test/fixtures';
import { axeViolations } from '@/test/axe';
import { renderApp } from '@/test/render-app';

const priorityPath = `/api/v1/areas/${manchester.code}/priorities/${priority.id}`;
const detailUrl = `/areas/${manchester.code}/priorities/${priority.id}`;

function fakeApi(me = editor) {
  return mockApi()
    .on('GET', '/api/v1/me', me)
    .on('GET', `/api/v1/areas/${manchester.code}`, manchester)
    .on('GET', `/api/v1/areas/${manchester.code}/strategies`, page([strategy]))
    .on('GET', priorityPath, json(priority, { headers: { ETag: '"3"' } }))
    .on('GET', `${priorityPath}/measures`, measuresOf(priority));
}

describe('the priority page', () => {
  it('shows the priority, its actions and its measures', async () => {
    fakeApi();
    renderApp(detailUrl);

    expect(await screen.findByRole('heading', { level: 1, name: priority.title })).toBeInTheDocument();
    expect(document.title).toBe(`${priority.title} – SEND Hub`);
    expect(screen.getByRole('link', { name: strategy.title })).toHaveAttribute(
      'href',
      `/areas/${manchester.code}/strategies/${strategy.id}`,
    );
    expect(screen.getAllByText('At risk')[0]).toHaveClass('govuk-tag--orange');
    expect(screen.getByText('Only 60% of plans were issued within 20 weeks.')).toBeInTheDocument();
    const actions = screen.getByRole('table', { name: 'Actions' });
    expect(within(actions).getByRole('row', { name: /Train EHC plan writers SEND team 30 September 2025 In progress/ })).toBeInTheDocument();
    const measures = await screen.findByRole('table', { name: 'How we will know' });
    const measure = await within(measures).findByRole('row', { name: /^Plans issued within 20 weeks/ });
    expect(measure).toHaveTextContent('Indicator: EHC plans issued within 20 weeks');
    expect(measure).toHaveTextContent('90%by 31 March 2026');
    expect(screen.getByText('Demo')).toHaveClass('govuk-phase-banner__content__tag');
  });

  it('shows each measure with its latest value, target, direction and whether it is on target', async () => {
    const measured = {
      ...priority,
      measures: [
        { ...priority.measures[0], targetValue: 90 },
        { indicatorCode: 'send_pupils_percent', description: 'Pupils with SEND', targetValue: 15, targetDate: null },
        { indicatorCode: null, description: 'Families say they are heard', targetDate: null },
      ],
    };
    const progress = (overrides: object) => ({
      unit: 'percent',
      polarity: 'higher_is_better',
      breakdown: 'total',
      category: 'total',
      targetValue: null,
      targetDate: null,
      latest: null,
      previous: null,
      direction: null,
      onTarget: null,
      toTarget: null,
      benchmark: null,
      ...overrides,
    });
    fakeApi()
      .on('GET', priorityPath, json(measured, { headers: { ETag: '"3"' } }))
      .on('GET', `${priorityPath}/measures`, {
        items: [
          progress({
            indicatorCode: 'ehcp_timeliness',
            indicatorName: 'EHC plans issued within 20 weeks',
            description: 'Plans issued within 20 weeks',
            targetValue: 90,
            toTarget: 27.5,
            targetDate: '2026-03-31',
            latest: { period: '2024', periodStart: '2024-01-01', value: 62.5, lowerCi: null, upperCi: null },
            previous: { period: '2023', periodStart: '2023-01-01', value: 60, lowerCi: null, upperCi: null },
            direction: 'improving',
            onTarget: false,
          }),
          progress({
            indicatorCode: 'send_pupils_percent',
            indicatorName: 'Pupils with SEND',
            polarity: 'lower_is_better',
            description: 'Pupils with SEND',
            targetValue: 15,
            latest: { period: '2024', periodStart: '2024-01-01', value: 13.5, lowerCi: null, upperCi: null },
            previous: { period: '2023', periodStart: '2023-01-01', value: 12, lowerCi: null, upperCi: null },
            direction: 'worsening',
            onTarget: true,
          }),
          progress({ indicatorCode: null, indicatorName: null, unit: null, polarity: null, description: 'Families say they are heard' }),
        ],
      });
    const { container } = renderApp(detailUrl);

    const table = await screen.findByRole('table', { name: 'How we will know' });
    const timeliness = await within(table).findByRole('row', { name: /^Plans issued within 20 weeks/ });
    await within(timeliness).findByText('62.5% (2024)');
    expect(within(timeliness).getByRole('link', { name: 'EHC plans issued within 20 weeks' })).toHaveAttribute(
      'href',
      `/indicators?indicator=ehcp_timeliness&area=${manchester.code}`,
    );
    expect(timeliness).toHaveTextContent('90%by 31 March 2026');
    expect(timeliness).toHaveTextContent('27.5% below the target');
    expect(within(timeliness).getByText('Improving')).toHaveClass('govuk-tag--green');
    expect(within(timeliness).getByText('Not on target')).toHaveClass('govuk-tag--red');

    const send = within(table).getByRole('row', { name: /^Pupils with SEND/ });
    expect(send).toHaveTextContent('13.5% (2024)');
    expect(within(send).getByText('Worsening')).toHaveClass('govuk-tag--red');
    expect(within(send).getByText('On target')).toHaveClass('govuk-tag--green');

    const heard = within(table).getByRole('row', { name: /^Families say they are heard/ });
    expect(heard).toHaveTextContent('No indicator');
    expect(within(heard).queryByRole('link')).not.toBeInTheDocument();
    expect(within(heard).queryByText(/target$/)).not.toBeInTheDocument();

    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists the records linked to it', async () => {
    fakeApi().on(
      'GET',
      priorityPath,
      json(
        {
          ...priority,
          linked: {
            outcomes: [{ id: priority.outcomeIds[0], label: 'I am heard', archived: false }],
            services: [{ id: '77777777-7777-4777-8777-777777777777', label: 'Short breaks', archived: true }],
          },
        },
        { headers: { ETag: '"3"' } },
      ),
    );
    renderApp(detailUrl);

    const outcomes = await screen.findByRole('heading', { name: 'Outcomes it works towards' });
    expect(outcomes.nextElementSibling).toHaveTextContent('I am heard');
    expect(screen.getByRole('link', { name: 'I am heard' })).toHaveAttribute('href', `/areas/${manchester.code}/outcomes/${priority.outcomeIds[0]}`);
    const services = screen.getByRole('heading', { name: 'Services that deliver it' });
    expect(services.nextElementSibling).toHaveTextContent('Short breaks Archived');
    expect(screen.getByRole('link', { name: 'Short breaks' })).toHaveAttribute(
      'href',
      `/areas/${manchester.code}/services/77777777-7777-4777-8777-777777777777`,
    );
    // None linked: an editor is told so, with the way to link some.
    const coproduction = screen.getByRole('heading', { name: 'Co-production that shaped it' });
    expect(coproduction.nextElementSibling).toHaveTextContent('No co-production is linked to this priority yet.');
    expect(screen.getByRole('link', { name: 'Link co-production' })).toHaveAttribute('href', `${detailUrl}/link-coproduction`);
  });

  it('offers a viewer no way to change it', async () => {
    fakeApi(viewer);
    renderApp(detailUrl);

    await screen.findByRole('heading', { level: 1, name: priority.title });
    expect(screen.queryByRole('button', { name: /edit|archive|restore/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /edit|archive|restore/i })).not.toBeInTheDocument();
  });

  it('archives with the ETag it read, then restores', async () => {
    const api = fakeApi()
      .on('DELETE', priorityPath, json({ ...priority, version: 4, archived: true }, { headers: { ETag: '"4"' } }))
      .on('POST', `${priorityPath}/restore`, json({ ...priority, version: 5, archived: false }, { headers: { ETag: '"5"' } }));
    const { user } = renderApp(detailUrl);

    await user.click(await screen.findByRole('button', { name: 'Archive priority' }));
    await user.click(screen.getByRole('button', { name: 'Yes, archive this priority' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Priority archived');
    expect(banner).toHaveFocus();
    expect(api.sent('DELETE')[0].headers.get('If-Match')).toBe('"3"');
    expect(screen.getAllByText('Archived').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Archive priority' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Restore priority' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Priority restored'));
    expect(api.sent('POST', `${priorityPath}/restore`)).toHaveLength(1);
    expect(screen.queryByText('Archived')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive priority' })).toBeInTheDocument();
  });

  it('shows the not-found page for a priority outside the user’s areas', async () => {
    mockApi().on('GET', '/api/v1/me', editor);
    renderApp(`/areas/E08000010/priorities/${priority.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

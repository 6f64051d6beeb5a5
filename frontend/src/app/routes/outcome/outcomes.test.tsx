import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { manchester, outcome, priority, service, strategy, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const outcomesPath = `/api/v1/areas/${manchester.code}/outcomes`;
const area = `/areas/${manchester.code}`;

describe('outcomes', () => {
  it('are listed with their strategy and indicators, and filtered by strategy', async () => {
    const api = fakeAreaApi();
    const { user } = renderApp(`${area}/outcomes`);

    const table = await screen.findByRole('table', { name: 'Outcomes' });
    expect(await within(table).findByRole('row', { name: /I am heard .*Manchester SEND Strategy 2020-2023 EHC plans issued within 20 weeks/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Strategy'), strategy.title);
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(api.sent('GET', outcomesPath).at(-1)?.query.get('strategyId')).toBe(strategy.id));
  });

  it('show the priorities and services that work towards them', async () => {
    fakeAreaApi();
    renderApp(`${area}/outcomes/${outcome.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: outcome.statement })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `1. ${priority.title}` })).toHaveAttribute('href', `${area}/priorities/${priority.id}`);
    expect(screen.getByRole('link', { name: service.name })).toHaveAttribute('href', `${area}/services/${service.id}`);
    expect(screen.getByRole('link', { name: strategy.title })).toHaveAttribute('href', `${area}/strategies/${strategy.id}`);
  });

  it('are added with indicators chosen from the catalogue by name, several of them, with no code typed', async () => {
    const created = { ...outcome, id: '58585858-5858-4585-8585-585858585858', version: 0, statement: 'I am safe' };
    const api = fakeAreaApi()
      .on('POST', outcomesPath, json(created, { status: 201, headers: { ETag: '"0"' } }))
      .on('GET', `${outcomesPath}/${created.id}`, json(created, { headers: { ETag: '"0"' } }));
    const { user } = renderApp(`${area}/outcomes/new`);

    await user.type(await screen.findByLabelText('Outcome statement'), 'I am safe');
    const picker = await screen.findByRole('combobox', { name: 'Add an indicator (optional)' });
    await user.type(picker, 'short breaks');
    await user.click(screen.getByRole('option', { name: /Families using short breaks/ }));
    // The picker is empty again, and keeps the focus, to add the next.
    const next = screen.getByRole('combobox', { name: 'Add an indicator (optional)' });
    expect(next).toHaveValue('');
    expect(next).toHaveFocus();
    await user.type(next, 'primary need');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.type(screen.getByRole('combobox', { name: 'Add an indicator (optional)' }), '20 weeks');
    await user.keyboard('{ArrowDown}{Enter}');

    const chosen = screen.getByRole('list', { name: 'Indicators that show progress' });
    expect(within(chosen).getAllByRole('listitem').map((item) => item.querySelector('span')?.textContent)).toEqual([
      'Families using short breaks',
      'EHC plans by primary need',
      'EHC plans issued within 20 weeks',
    ]);
    // What is chosen is not offered again.
    await user.type(screen.getByRole('combobox', { name: 'Add an indicator (optional)' }), 'short breaks');
    expect(screen.queryByRole('option', { name: /Families using short breaks/ })).not.toBeInTheDocument();
    await user.click(within(chosen).getByRole('button', { name: /Remove EHC plans by primary need$/ }));
    expect(screen.getByRole('combobox', { name: 'Add an indicator (optional)' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save outcome' }));

    expect(await screen.findByText('Outcome added')).toBeInTheDocument();
    expect(api.sent('POST', outcomesPath)[0].body).toEqual({
      strategyId: strategy.id,
      statement: 'I am safe',
      description: null,
      indicatorCodes: ['short_breaks_uptake', 'ehcp_timeliness'],
    });
  });

  it('are changed with their indicators listed by name, one no longer in the catalogue said so', async () => {
    const api = fakeAreaApi().on('PUT', `${outcomesPath}/${outcome.id}`, json({ ...outcome, version: 1 }, { headers: { ETag: '"1"' } }));
    const { user } = renderApp(`${area}/outcomes/${outcome.id}/edit`);

    const chosen = await screen.findByRole('list', { name: 'Indicators that show progress' });
    expect(within(chosen).getAllByRole('listitem').map((item) => item.querySelector('span')?.textContent)).toEqual([
      'EHC plans issued within 20 weeks',
      'An indicator no longer in the catalogue',
    ]);
    expect(screen.queryByText('ehcp_timeliness')).not.toBeInTheDocument();
    await user.click(within(chosen).getByRole('button', { name: /Remove EHC plans issued within 20 weeks/ }));
    await user.click(screen.getByRole('button', { name: 'Save outcome' }));

    await waitFor(() => expect(api.sent('PUT', `${outcomesPath}/${outcome.id}`)[0]?.body).toMatchObject({ indicatorCodes: ['send_survey_heard'] }));
  });

  it('show an indicator the API refuses, by its place in the list, on the picker', async () => {
    fakeAreaApi().on(
      'PUT',
      `${outcomesPath}/${outcome.id}`,
      problem(422, { title: 'The request breaks a rule', errors: [{ field: 'indicatorCodes[1]', message: 'is not in the indicator catalogue' }] }),
    );
    const { user } = renderApp(`${area}/outcomes/${outcome.id}/edit`);

    await user.click(await screen.findByRole('button', { name: 'Save outcome' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Indicator 2 is not in the indicator catalogue' })).toHaveAttribute(
      'href',
      '#indicatorCodes',
    );
  });

  it('offer a viewer no way to add or change them', async () => {
    fakeAreaApi(viewer);
    renderApp(`${area}/outcomes`);

    await screen.findByRole('table', { name: 'Outcomes' });
    expect(screen.queryByRole('button', { name: 'Add an outcome' })).not.toBeInTheDocument();
  });
});

describe('the outcomes, page by page', () => {
  const many = Array.from({ length: 120 }, (_, index) => ({
    ...outcome,
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    statement: `Outcome ${String(index + 1).padStart(3, '0')}`,
  }));

  /** The API's paging: `page` from 0, `size` at a time, `-statement` the other way round. */
  function fakeManyOutcomes() {
    return fakeAreaApi().on('GET', outcomesPath, (request) => {
      const page = Number(request.query.get('page'));
      const size = Number(request.query.get('size'));
      const sorted = request.query.get('sort') === '-statement' ? [...many].reverse() : many;
      return json({ items: sorted.slice(page * size, (page + 1) * size), page, size, total: many.length });
    });
  }

  function firstStatement() {
    return within(screen.getByRole('table', { name: 'Outcomes' })).getAllByRole('link')[0].textContent;
  }

  it('shows the page the address names, and links to the others with the same filters', async () => {
    const api = fakeManyOutcomes();
    const { user } = renderApp(`${area}/outcomes?q=Outcome&page=2`);

    expect(await screen.findByText('Showing 51 to 100 of 120 outcomes that match these filters')).toBeInTheDocument();
    expect(firstStatement()).toBe('Outcome 051');
    expect(Object.fromEntries(api.sent('GET', outcomesPath).at(-1)?.query ?? [])).toMatchObject({ page: '1', size: '50', q: 'Outcome' });
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(within(pagination).getByRole('link', { name: /^Previous/ })).toHaveAttribute('href', `${area}/outcomes?q=Outcome`);

    await user.click(within(pagination).getByRole('link', { name: /^Next/ }));

    const count = await screen.findByText('Showing 101 to 120 of 120 outcomes that match these filters');
    expect(count).toHaveFocus();
    expect(firstStatement()).toBe('Outcome 101');
    expect(api.sent('GET', outcomesPath).at(-1)?.query.get('page')).toBe('2');
    expect(within(pagination).getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    expect(within(pagination).queryByRole('link', { name: /^Next/ })).not.toBeInTheDocument();
  });

  it('starts again from the first page when the sort or the filters change', async () => {
    const api = fakeManyOutcomes();
    const { user } = renderApp(`${area}/outcomes?page=3`);

    await screen.findByText('Showing 101 to 120 of 120 outcomes');
    await user.click(within(screen.getByRole('table', { name: 'Outcomes' })).getByRole('button', { name: /^Outcome/ }));
    await user.click(within(screen.getByRole('table', { name: 'Outcomes' })).getByRole('button', { name: /^Outcome/ }));

    expect(await screen.findByText('Showing 1 to 50 of 120 outcomes')).toBeInTheDocument();
    await waitFor(() => expect(firstStatement()).toBe('Outcome 120'));
    expect(within(screen.getByRole('table', { name: 'Outcomes' })).getByRole('columnheader', { name: /^Outcome/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(Object.fromEntries(api.sent('GET', outcomesPath).at(-1)?.query ?? [])).toMatchObject({ page: '0', sort: '-statement' });
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: /^Next/ })).toHaveAttribute('href', `${area}/outcomes?sort=-statement&page=2`);

    await user.click(within(pagination).getByRole('link', { name: /^Next/ }));
    await screen.findByText('Showing 51 to 100 of 120 outcomes');
    await user.type(screen.getByLabelText('Search statements and descriptions'), 'Outcome');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('Showing 1 to 50 of 120 outcomes that match these filters')).toBeInTheDocument();
    expect(Object.fromEntries(api.sent('GET', outcomesPath).at(-1)?.query ?? [])).toMatchObject({ page: '0', sort: '-statement', q: 'Outcome' });
  });

  it('takes an address past the last page to the last page', async () => {
    fakeManyOutcomes();
    renderApp(`${area}/outcomes?page=9`);

    expect(await screen.findByText('Showing 101 to 120 of 120 outcomes')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Pagination' })).getByRole('link', { name: 'Page 3' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});

describe('the area navigation', () => {
  it('leads to each kind of record, marking where the user is', async () => {
    fakeAreaApi();
    const { user } = renderApp(area);

    const navigation = await screen.findByRole('navigation', { name: 'Manchester records' });
    expect(within(navigation).getByRole('link', { name: 'Priorities' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(navigation).getByRole('link', { name: 'Services' }));

    await screen.findByRole('heading', { level: 1, name: 'Services register' });
    expect(within(navigation).getByRole('link', { name: 'Services' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(await screen.findByRole('table', { name: 'All services' })).getByRole('link', { name: service.name }));

    await screen.findByRole('heading', { level: 1, name: service.name });
    expect(within(navigation).getByRole('link', { name: 'Services' })).toHaveAttribute('aria-current', 'true');
    expect(within(navigation).getByRole('link', { name: 'Priorities' })).not.toHaveAttribute('aria-current');
    expect(within(navigation).getByRole('link', { name: 'You said, we did' })).toHaveAttribute('href', `${area}/you-said-we-did`);
  });
});

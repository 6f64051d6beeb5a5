import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '@/features/indicator/types';
import { axeViolations } from '@/test/axe';
import { json, mockApi, problem } from '@/test/fetch-mock';
import { admin, editor, indicator, manchester, page, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const archivedIndicator: Indicator = { ...indicator, code: 'old_rate', name: 'An old rate', breakdowns: [], archived: true, version: 5 };
const indicatorApi = `/api/v1/indicators/${indicator.code}`;
const entry = `/indicators/catalogue/${indicator.code}`;

function fakeApi(me = admin) {
  return mockApi()
    .on('GET', '/api/v1/me', me)
    .on('GET', '/api/v1/areas', page([manchester]))
    .on('GET', '/api/v1/indicators', (request) =>
      json(page(request.query.get('includeArchived') === 'true' ? [indicator, archivedIndicator] : [indicator])),
    )
    .on('GET', indicatorApi, json(indicator, { headers: { ETag: '"2"' } }))
    .on('GET', `/api/v1/indicators/${archivedIndicator.code}`, json(archivedIndicator, { headers: { ETag: '"5"' } }));
}

describe('the indicator catalogue', () => {
  it('lists the indicators, searched, sorted and with the archived ones on request, from the explorer', async () => {
    const api = fakeApi(editor);
    const { user, container } = renderApp('/indicators');

    await user.click(await screen.findByRole('link', { name: 'Indicator catalogue' }));
    const table = await screen.findByRole('table', { name: 'Indicator catalogue' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Code▲Name⇅UnitPolarityBreakdowns',
      `${indicator.code}EHC plans issued within 20 weeksPercentage (%)Higher is betterPhase`,
    ]);
    expect(within(table).getByRole('link', { name: indicator.name })).toHaveAttribute('href', entry);
    expect(await axeViolations(container)).toEqual([]);

    await user.type(screen.getByLabelText('Search codes, names and definitions'), 'rate');
    await user.click(screen.getByLabelText('Show archived'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await within(await screen.findByRole('table', { name: 'Indicator catalogue' })).findByText('Archived');
    await user.click(screen.getByRole('button', { name: /^Name/ }));

    await waitFor(() => expect(api.sent('GET', '/api/v1/indicators').at(-1)?.query.get('sort')).toBe('name'));
    const query = api.sent('GET', '/api/v1/indicators').at(-1)?.query;
    expect(query?.get('q')).toBe('rate');
    expect(query?.get('includeArchived')).toBe('true');
    expect(screen.getByText('2 indicators match these filters')).toBeInTheDocument();
  });

  it('says which indicators are published statistics, readable by everyone for every place', async () => {
    const published: Indicator = { ...indicator, code: 'ehcp_count', name: 'EHC plans', published: true };
    fakeApi(viewer)
      .on('GET', '/api/v1/indicators', page([indicator, published]))
      .on('GET', '/api/v1/indicators/ehcp_count', json(published, { headers: { ETag: '"2"' } }));
    const { user, container } = renderApp('/indicators/catalogue');

    const table = await screen.findByRole('table', { name: 'Indicator catalogue' });
    expect(within(table).getByRole('row', { name: /EHC plans Published statistic/ })).toBeInTheDocument();
    expect(within(table).getAllByText('Published statistic')).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(table).getByRole('link', { name: 'EHC plans' }));
    await screen.findByRole('heading', { level: 1, name: 'EHC plans' });
    expect(screen.getByText('Everyone signed in, for every place (a published statistic)')).toBeInTheDocument();
  });

  it('offers a viewer no way to add, change or archive indicators', async () => {
    fakeApi(viewer);
    renderApp('/indicators/catalogue');

    await screen.findByRole('table', { name: 'Indicator catalogue' });
    expect(screen.queryByRole('button', { name: 'Add an indicator' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import indicator values' })).not.toBeInTheDocument();
  });

  it('shows an editor an indicator without edit, archive or restore, and keeps them from the forms', async () => {
    fakeApi(editor);
    renderApp(entry);

    expect(await screen.findByRole('heading', { level: 1, name: indicator.name })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Explore its values' })).toHaveAttribute('href', `/indicators?indicator=${indicator.code}`);
    expect(screen.queryByRole('button', { name: /^(Edit|Archive|Restore)/ })).not.toBeInTheDocument();
  });

  it.each([
    ['/indicators/new', 'You cannot add indicators'],
    [`${entry}/edit`, 'You cannot change indicators'],
  ])('turns an editor away from %s', async (path, heading) => {
    fakeApi(editor);
    renderApp(path);

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByText('Only administrators manage the indicator catalogue.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save indicator' })).not.toBeInTheDocument();
  });
});

describe('an administrator', () => {
  it('adds an indicator with its breakdowns as a list', async () => {
    const created: Indicator = { ...indicator, code: 'ehcp_new', name: 'New EHC plans', breakdowns: ['phase', 'primary_need'], version: 0 };
    const api = fakeApi()
      .on('POST', '/api/v1/indicators', json(created, { status: 201, headers: { ETag: '"0"' } }))
      .on('GET', '/api/v1/indicators/ehcp_new', json(created, { headers: { ETag: '"0"' } }));
    const { user } = renderApp('/indicators/catalogue');

    await user.click(await screen.findByRole('button', { name: 'Add an indicator' }));
    await user.type(await screen.findByLabelText('Code'), 'ehcp_new');
    await user.type(screen.getByLabelText('Name'), 'New EHC plans');
    await user.click(screen.getByLabelText('Count'));
    await user.click(screen.getByLabelText('Neither higher nor lower is better'));
    await user.type(screen.getByLabelText('Breakdowns'), 'phase, primary_need{Enter}phase');
    const published = screen.getByRole('checkbox', { name: 'Published statistic' });
    expect(published).not.toBeChecked();
    expect(published).toHaveAccessibleDescription(expect.stringContaining("Readable by every user for every place, e.g. DfE's releases."));
    await user.click(published);
    await user.click(screen.getByRole('button', { name: 'Save indicator' }));

    expect(await screen.findByText('Indicator added')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'New EHC plans' })).toBeInTheDocument();
    expect(api.sent('POST', '/api/v1/indicators')[0].body).toEqual({
      code: 'ehcp_new',
      name: 'New EHC plans',
      definition: null,
      unit: 'count',
      polarity: 'no_judgement',
      source: null,
      published: true,
      breakdowns: ['phase', 'primary_need'],
    });
  });

  it('is asked for what the API needs before anything is sent', async () => {
    const api = fakeApi();
    const { user, container } = renderApp('/indicators/new');

    await user.click(await screen.findByRole('button', { name: 'Save indicator' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter a code', '#code'],
      ['Enter a name', '#name'],
      ['Select the unit of the values', '#unit'],
      ['Select whether higher or lower values are better', '#polarity'],
    ]);
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(expect.stringContaining('Enter a code'));
    expect(api.sent('POST')).toHaveLength(0);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sees a code already in the catalogue on the code field', async () => {
    fakeApi().on('POST', '/api/v1/indicators', problem(409, { title: 'Already exists', detail: 'Indicator ehcp_timeliness already exists.' }));
    const { user } = renderApp('/indicators/new');

    await user.type(await screen.findByLabelText('Code'), indicator.code);
    await user.type(screen.getByLabelText('Name'), 'Timeliness again');
    await user.click(screen.getByLabelText('Percentage (%)'));
    await user.click(screen.getByLabelText('Higher is better'));
    await user.click(screen.getByRole('button', { name: 'Save indicator' }));

    const message = `An indicator with the code ${indicator.code} already exists: choose another code`;
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: message })).toHaveAttribute('href', '#code');
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it('sees the API’s field errors in the summary and on each field, the code not being changeable', async () => {
    const api = fakeApi().on(
      'PUT',
      indicatorApi,
      problem(422, {
        title: 'The request breaks a rule',
        errors: [
          { field: 'breakdowns[1]', message: 'must be lower case letters, digits and _' },
          { field: 'update.input.name', message: 'size must be between 0 and 200' },
        ],
      }),
    );
    const { user, container } = renderApp(`${entry}/edit`);

    expect(await screen.findByText(indicator.code)).toBeInTheDocument();
    expect(screen.queryByLabelText('Code')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Breakdowns'), '{Enter}Primary need');
    await user.click(screen.getByRole('button', { name: 'Save indicator' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Breakdown 2 must be lower case letters, digits and _' })).toHaveAttribute('href', '#breakdowns');
    expect(within(summary).getByRole('link', { name: 'Name size must be between 0 and 200' })).toHaveAttribute('href', '#name');
    expect(screen.getByLabelText('Breakdowns')).toHaveAccessibleDescription(expect.stringContaining('Breakdown 2 must be'));
    const [sent] = api.sent('PUT', indicatorApi);
    expect(sent.headers.get('If-Match')).toBe('"2"');
    expect(sent.body).toMatchObject({ code: indicator.code, published: false, breakdowns: ['phase', 'Primary need'] });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps their changes when someone else saved first, and overwrites or discards on request', async () => {
    const theirs: Indicator = { ...indicator, version: 3, name: 'Their name' };
    let calls = 0;
    const api = fakeApi().on('PUT', indicatorApi, () => {
      calls += 1;
      return calls === 1
        ? problem(412, { title: 'The record has changed', currentVersion: 3, current: theirs })
        : json({ ...indicator, version: 4, name: 'My name' }, { headers: { ETag: '"4"' } });
    });
    const { user, container } = renderApp(`${entry}/edit`);

    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'My name');
    await user.click(screen.getByRole('button', { name: 'Save indicator' }));

    expect(await screen.findByRole('heading', { name: 'Someone else has changed this indicator' })).toBeInTheDocument();
    expect(screen.getByText('Their name')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('My name');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Discard my changes' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Their name');
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'My name');
    await user.click(screen.getByRole('button', { name: 'Save indicator' }));

    expect(await screen.findByText('Indicator saved')).toBeInTheDocument();
    expect(api.sent('PUT', indicatorApi).map((request) => request.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
  });

  it('says what they changed in words, and overwrites the saved version with their changes', async () => {
    let calls = 0;
    const theirs: Indicator = { ...indicator, version: 3, published: true, breakdowns: ['phase', 'primary_need'] };
    const api = fakeApi().on('PUT', indicatorApi, () => {
      calls += 1;
      return calls === 1
        ? problem(412, { title: 'The record has changed', currentVersion: 3, current: theirs })
        : json({ ...indicator, version: 4 }, { headers: { ETag: '"4"' } });
    });
    const { user } = renderApp(`${entry}/edit`);

    await user.click(await screen.findByRole('button', { name: 'Save indicator' }));
    const merge = await screen.findByRole('region', { name: 'What changed since you opened it' });
    expect(merge).toHaveTextContent('Published statisticEveryone signed in, for every place (a published statistic)');
    expect(merge).toHaveTextContent('BreakdownsSchool phase; Primary need');
    await user.click(within(merge).getByRole('button', { name: 'Overwrite all with my changes' }));

    expect(await screen.findByText('Indicator saved')).toBeInTheDocument();
    expect(api.sent('PUT', indicatorApi).map((request) => request.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(api.sent('PUT', indicatorApi)[1].body).toMatchObject({ published: false, breakdowns: ['phase'] });
  });

  it('archives an indicator with its ETag and restores it', async () => {
    const api = fakeApi()
      .on('DELETE', indicatorApi, json({ ...indicator, archived: true, version: 3 }, { headers: { ETag: '"3"' } }))
      .on('POST', `${indicatorApi}/restore`, json({ ...indicator, archived: false, version: 4 }, { headers: { ETag: '"4"' } }));
    const { user, container } = renderApp(entry);

    await user.click(await screen.findByRole('button', { name: 'Archive indicator' }));
    await user.click(screen.getByRole('button', { name: 'Yes, archive this indicator' }));
    expect(await screen.findByText('Indicator archived')).toBeInTheDocument();
    expect(screen.getByText('It is no longer offered in the explorer. Its values are kept.')).toBeInTheDocument();
    expect(api.sent('DELETE', indicatorApi)[0].headers.get('If-Match')).toBe('"2"');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Restore indicator' }));
    expect(await screen.findByText('Indicator restored')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive indicator' })).toBeInTheDocument();
    expect(api.sent('POST', `${indicatorApi}/restore`)).toHaveLength(1);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/test/axe';
import { typeDate } from '@/test/date-input';
import { json, mockApi, problem } from '@/test/fetch-mock';
import { editor, indicatorChoices, manchester, outcome, page, priority, strategy } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const priorityPath = `/api/v1/areas/${manchester.code}/priorities/${priority.id}`;
const editUrl = `/areas/${manchester.code}/priorities/${priority.id}/edit`;
const otherStrategysOutcome = { ...outcome, id: '56565656-5656-4565-8565-565656565656', strategyId: '99999999-9999-4999-8999-999999999999', statement: 'I am safe' };
const archivedOutcome = { ...outcome, id: '57575757-5757-4575-8575-575757575757', statement: 'I am ready for adulthood', archived: true };

function fakeApi() {
  return mockApi()
    .on('GET', '/api/v1/me', editor)
    .on('GET', `/api/v1/areas/${manchester.code}`, manchester)
    .on('GET', `/api/v1/areas/${manchester.code}/strategies`, page([strategy]))
    .on('GET', `/api/v1/areas/${manchester.code}/outcomes`, page([outcome, otherStrategysOutcome, archivedOutcome]))
    .on('GET', `/api/v1/areas/${manchester.code}/indicator-choices`, { items: indicatorChoices })
    .on('GET', priorityPath, json(priority, { headers: { ETag: '"3"' } }));
}

describe('the priority form', () => {
  it('adds a priority with an action and a measure', async () => {
    const created = { ...priority, id: '33333333-3333-4333-8333-333333333333', version: 0, title: 'Short breaks for all' };
    const api = fakeApi()
      .on('POST', `/api/v1/areas/${manchester.code}/priorities`, json(created, { status: 201, headers: { ETag: '"0"' } }))
      .on('GET', `/api/v1/areas/${manchester.code}/priorities/${created.id}`, json(created, { headers: { ETag: '"0"' } }));
    const { user } = renderApp(`/areas/${manchester.code}/priorities/new?strategy=${strategy.id}`);

    await user.type(await screen.findByLabelText('Title'), 'Short breaks for all');
    await user.selectOptions(screen.getByLabelText('Status'), 'On track');
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    const action = screen.getByRole('group', { name: 'Action 1' });
    expect(within(action).getByLabelText('Description')).toHaveFocus();
    await user.type(within(action).getByLabelText('Description'), 'Open two more short break clubs');
    await typeDate(user, 'Due date', '31 3 2026', action);
    await user.click(screen.getByRole('button', { name: 'Add a measure' }));
    const measure = screen.getByRole('group', { name: 'Measure 1' });
    await user.type(within(measure).getByLabelText('Description'), 'Families using short breaks');
    const picker = await within(measure).findByRole('combobox', { name: 'Indicator (optional)' });
    await user.type(picker, 'short breaks');
    expect(within(measure).getByRole('option', { name: /Families using short breaks/ })).toHaveTextContent('No figures for Manchester yet.');
    expect(within(measure).queryByRole('option', { name: /EHC plans/ })).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(picker).toHaveValue('Families using short breaks');
    await user.type(within(measure).getByLabelText('Target (optional)'), '400');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Short breaks for all' })).toBeInTheDocument();
    expect(screen.getByText('Priority added')).toBeInTheDocument();
    expect(api.sent('POST')[0].body).toEqual({
      strategyId: strategy.id,
      number: null,
      title: 'Short breaks for all',
      status: 'on_track',
      lead: null,
      description: null,
      rationale: null,
      actions: [{ description: 'Open two more short break clubs', owner: null, dueDate: '2026-03-31', status: 'not_started' }],
      measures: [
        { description: 'Families using short breaks', indicatorCode: 'short_breaks_uptake', breakdown: 'total', category: 'total', targetValue: 400, targetDate: null },
      ],
      outcomeIds: [],
    });
  });

  it('chooses a category of an indicator with breakdowns, and says which have figures', async () => {
    const api = fakeApi().on('PUT', priorityPath, json({ ...priority, version: 4 }, { headers: { ETag: '"4"' } }));
    const { user } = renderApp(editUrl);

    const measure = await screen.findByRole('group', { name: 'Measure 1' });
    const picker = await within(measure).findByRole('combobox', { name: 'Indicator (optional)' });
    expect(picker).toHaveValue('EHC plans issued within 20 weeks');
    await user.clear(picker);
    await user.type(picker, 'primary need');
    await user.click(within(measure).getByRole('option', { name: /EHC plans by primary need/ }));
    const figure = within(measure).getByLabelText('Which figure');
    expect(within(figure).getByRole('option', { name: 'Primary need: Vision impairment (VI) (no figures for Manchester yet)' })).toBeInTheDocument();
    await user.selectOptions(figure, 'Primary need: Autistic spectrum disorder (ASD)');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    await waitFor(() => expect(api.sent('PUT')).toHaveLength(1));
    expect(api.sent('PUT')[0].body).toMatchObject({ measures: [{ indicatorCode: 'ehcp_primary_need', breakdown: 'primary_need', category: 'ASD' }] });
  });

  it('says what is missing before sending anything', async () => {
    const api = fakeApi();
    const { user } = renderApp(editUrl);

    await user.clear(await screen.findByLabelText('Title'));
    await user.clear(within(screen.getByRole('group', { name: 'Action 1' })).getByLabelText('Month'));
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a title' })).toHaveAttribute('href', '#title');
    expect(within(summary).getByRole('link', { name: 'Due date for action 1 must include a month' })).toHaveAttribute('href', '#actions-0-dueDate-month');
    expect(summary.parentElement).toHaveFocus();
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Error: Enter a title');
    expect(document.title).toBe('Error: Edit priority – SEND Hub');
    expect(api.sent('PUT')).toHaveLength(0);
  });

  it('shows the API field errors in the error summary and on each field', async () => {
    fakeApi().on(
      'PUT',
      priorityPath,
      problem(422, {
        title: 'Unprocessable content',
        errors: [
          { field: 'title', message: 'A priority with this title already exists in the strategy' },
          { field: 'actions[0].dueDate', message: 'The due date must be within the strategy period' },
        ],
      }),
    );
    const { user } = renderApp(editUrl);

    await user.click(await screen.findByRole('button', { name: 'Save priority' }));

    const summary = await screen.findByRole('alert');
    const titleLink = within(summary).getByRole('link', { name: 'A priority with this title already exists in the strategy' });
    expect(titleLink).toHaveAttribute('href', '#title');
    expect(within(summary).getByRole('link', { name: 'The due date must be within the strategy period' })).toHaveAttribute(
      'href',
      '#actions-0-dueDate-day',
    );
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(
      'Error: A priority with this title already exists in the strategy',
    );
    const action = screen.getByRole('group', { name: 'Action 1' });
    expect(within(action).getByRole('group', { name: 'Due date' })).toHaveAccessibleDescription(
      'For example, 27 3 2026 Error: The due date must be within the strategy period',
    );

    await user.click(titleLink);
    expect(screen.getByLabelText('Title')).toHaveFocus();
  });

  it('sends a measure’s target value as a number and shows the API’s error on it', async () => {
    const api = fakeApi().on(
      'PUT',
      priorityPath,
      problem(422, { title: 'Unprocessable content', errors: [{ field: 'measures[0].targetValue', message: 'must not be negative' }] }),
    );
    const { user } = renderApp(editUrl);

    const measure = await screen.findByRole('group', { name: 'Measure 1' });
    const target = await within(measure).findByLabelText('Target (optional)');
    await user.clear(target);
    await user.type(target, '-5');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Target for measure 1 must not be negative' });
    expect(link).toHaveAttribute('href', '#measures-0-targetValue');
    expect(within(measure).getByLabelText('Target (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Target for measure 1 must not be negative'),
    );
    expect(api.sent('PUT')[0].body).toMatchObject({ measures: [{ indicatorCode: 'ehcp_timeliness', targetValue: -5 }] });
  });

  it('merges with what someone else saved first: keeps what only they changed and asks about what both changed', async () => {
    const theirs = {
      ...priority,
      version: 4,
      title: 'Their title',
      status: 'off_track' as const,
      outcomeIds: [outcome.id, otherStrategysOutcome.id],
    };
    const api = fakeApi().on('PUT', priorityPath, (request) =>
      request.headers.get('If-Match') === '"4"'
        ? json({ ...theirs, version: 5 }, { headers: { ETag: '"5"' } })
        : problem(412, { title: 'Precondition Failed', detail: 'The priority has changed', currentVersion: 4, current: theirs }),
    );
    const { user, container } = renderApp(editUrl);

    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'My better title');
    await user.clear(screen.getByLabelText('Lead'));
    await user.type(screen.getByLabelText('Lead'), 'SEND lead');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Someone else has changed this priority');
    expect(screen.getByLabelText('Title')).toHaveValue('My better title');
    const merge = screen.getByRole('region', { name: 'What changed since you opened it' });
    expect(merge).toHaveTextContent('Their changes, which will be kept');
    expect(merge).toHaveTextContent('StatusOff track');
    expect(merge).toHaveTextContent('OutcomesI am heard; I am safe');
    expect(merge).toHaveTextContent('Your changes, which will be kept');
    expect(merge).toHaveTextContent('LeadSEND lead');
    const clash = within(merge).getByRole('group', { name: 'Title: you both changed it' });
    expect(within(merge).getAllByRole('group')).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(merge).getByRole('button', { name: 'Save with these choices' }));
    expect(await screen.findByRole('link', { name: 'Choose which version of title to keep' })).toHaveAttribute('href', '#keep-title');
    expect(api.sent('PUT')).toHaveLength(1);

    await user.click(within(clash).getByRole('radio', { name: /Keep mine/ }));
    await user.click(within(merge).getByRole('button', { name: 'Save with these choices' }));

    expect(await screen.findByText('Priority saved')).toBeInTheDocument();
    const merged = api.sent('PUT')[1];
    expect(merged.headers.get('If-Match')).toBe('"4"');
    expect(merged.body).toMatchObject({ title: 'My better title', lead: 'SEND lead', status: 'off_track', outcomeIds: theirs.outcomeIds });
  });

  it('names a measure’s indicator and figure, and its target in the indicator’s unit, when both changed it', async () => {
    const theirs = {
      ...priority,
      version: 4,
      measures: [
        {
          description: 'Plans for autistic children',
          indicatorCode: 'ehcp_primary_need',
          breakdown: 'primary_need',
          category: 'ASD',
          targetValue: 120,
          targetDate: '2027-03-01',
        },
      ],
    };
    fakeApi().on('PUT', priorityPath, problem(412, { title: 'Precondition Failed', currentVersion: 4, current: theirs }));
    const { user } = renderApp(editUrl);

    const measure = await screen.findByRole('group', { name: 'Measure 1' });
    const description = within(measure).getByLabelText('Description');
    await user.clear(description);
    await user.type(description, 'Plans on time');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    const merge = await screen.findByRole('region', { name: 'What changed since you opened it' });
    const clash = within(merge).getByRole('group', { name: 'Measures: you both changed it' });
    expect(within(clash).getByRole('radio', { name: 'Keep mine' })).toHaveAccessibleDescription(
      'Plans on time (EHC plans issued within 20 weeks): target 90% by 31 March 2026',
    );
    expect(within(clash).getByRole('radio', { name: 'Keep theirs' })).toHaveAccessibleDescription(
      'Plans for autistic children (EHC plans by primary need, Primary need: Autistic spectrum disorder (ASD)): target 120 by 1 March 2027',
    );
    expect(merge).not.toHaveTextContent(/ehcp_|primary_need/);
  });

  it('saves again, against the saved version, when someone else changed nothing the form shows', async () => {
    // Another record was linked to the priority: its version moved on, its fields did not.
    const linkedElsewhere = { ...priority, version: 4, updatedAt: '2025-03-01T00:00:00Z' };
    const api = fakeApi().on('PUT', priorityPath, (request) =>
      request.headers.get('If-Match') === '"4"'
        ? json({ ...linkedElsewhere, version: 5, lead: 'SEND lead' }, { headers: { ETag: '"5"' } })
        : problem(412, { title: 'Precondition Failed', currentVersion: 4, current: linkedElsewhere }),
    );
    const { user } = renderApp(editUrl);

    const lead = await screen.findByLabelText('Lead');
    await user.clear(lead);
    await user.type(lead, 'SEND lead');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    expect(await screen.findByText('Priority saved')).toBeInTheDocument();
    const [first, again] = api.sent('PUT');
    expect(first.headers.get('If-Match')).toBe('"3"');
    expect(again.headers.get('If-Match')).toBe('"4"');
    expect(again.body).toEqual(first.body);
    expect(again.body).toMatchObject({ lead: 'SEND lead', title: priority.title });
  });

  it('shows what changed when saving again meets someone else’s change too', async () => {
    const linkedElsewhere = { ...priority, version: 4 };
    const theirs = { ...priority, version: 5, status: 'off_track' as const };
    const api = fakeApi().on('PUT', priorityPath, (request) => {
      const ifMatch = request.headers.get('If-Match');
      if (ifMatch === '"5"') return json({ ...theirs, version: 6, lead: 'SEND lead' }, { headers: { ETag: '"6"' } });
      return problem(412, { title: 'Precondition Failed', ...(ifMatch === '"3"' ? { currentVersion: 4, current: linkedElsewhere } : { currentVersion: 5, current: theirs }) });
    });
    const { user } = renderApp(editUrl);

    const lead = await screen.findByLabelText('Lead');
    await user.clear(lead);
    await user.type(lead, 'SEND lead');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this priority');
    expect(api.sent('PUT').map((request) => request.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    const merge = screen.getByRole('region', { name: 'What changed since you opened it' });
    expect(merge).toHaveTextContent('Their changes, which will be keptStatusOff track');
    expect(merge).toHaveTextContent('Your changes, which will be keptLeadSEND lead');

    await user.click(within(merge).getByRole('button', { name: 'Save both sets of changes' }));

    expect(await screen.findByText('Priority saved')).toBeInTheDocument();
    const merged = api.sent('PUT')[2];
    expect(merged.headers.get('If-Match')).toBe('"5"');
    expect(merged.body).toMatchObject({ lead: 'SEND lead', status: 'off_track' });
  });

  it('can overwrite everything they saved with the user’s version, as a last resort', async () => {
    const theirs = { ...priority, version: 4, title: 'Their title', status: 'off_track' as const, outcomeIds: ['66666666-6666-4666-8666-666666666666'] };
    const api = fakeApi().on('PUT', priorityPath, (request) =>
      request.headers.get('If-Match') === '"4"'
        ? json({ ...priority, version: 5, title: 'My better title' }, { headers: { ETag: '"5"' } })
        : problem(412, { title: 'Precondition Failed', currentVersion: 4, current: theirs }),
    );
    const { user } = renderApp(editUrl);

    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'My better title');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));
    await user.click(await screen.findByRole('button', { name: 'Overwrite all with my changes' }));

    expect(await screen.findByText('Priority saved')).toBeInTheDocument();
    const overwrite = api.sent('PUT')[1];
    expect(overwrite.headers.get('If-Match')).toBe('"4"');
    expect(overwrite.body).toMatchObject({ title: 'My better title', status: priority.status, outcomeIds: priority.outcomeIds });
  });

  it('can discard the user’s changes for the saved version', async () => {
    const theirs = { ...priority, version: 4, title: 'Their title' };
    const api = fakeApi().on('PUT', priorityPath, (request) =>
      request.headers.get('If-Match') === '"4"'
        ? json(theirs, { headers: { ETag: '"4"' } })
        : problem(412, { title: 'Precondition Failed', currentVersion: 4, current: theirs }),
    );
    const { user } = renderApp(editUrl);

    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'My title');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));
    await user.click(await screen.findByRole('button', { name: 'Discard my changes' }));

    expect(screen.getByLabelText('Title')).toHaveValue('Their title');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save priority' }));
    expect(await screen.findByText('Priority saved')).toBeInTheDocument();
    expect(api.sent('PUT')).toHaveLength(2);
    expect(api.sent('PUT')[1].headers.get('If-Match')).toBe('"4"');
  });

  it('lets the user remove an action', async () => {
    const api = fakeApi().on('PUT', priorityPath, json({ ...priority, version: 4, actions: [] }, { headers: { ETag: '"4"' } }));
    const { user } = renderApp(editUrl);

    await user.click(await screen.findByRole('button', { name: 'Remove action 1' }));
    expect(screen.queryByRole('group', { name: 'Action 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Actions' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    await screen.findByText('Priority saved');
    expect(api.sent('PUT')[0].body).toMatchObject({ actions: [], outcomeIds: priority.outcomeIds });
  });

  it('links the priority to outcomes of its strategy', async () => {
    const api = fakeApi().on('PUT', priorityPath, json({ ...priority, version: 4, outcomeIds: [] }, { headers: { ETag: '"4"' } }));
    const { user } = renderApp(editUrl);

    const outcomes = await screen.findByRole('group', { name: 'Outcomes it works towards' });
    expect(within(outcomes).getByRole('checkbox', { name: 'I am heard' })).toBeChecked();
    expect(within(outcomes).queryByRole('checkbox', { name: 'I am safe' })).not.toBeInTheDocument();
    expect(within(outcomes).queryByRole('checkbox', { name: 'I am ready for adulthood' })).not.toBeInTheDocument();

    await user.click(within(outcomes).getByRole('checkbox', { name: 'I am heard' }));
    await user.click(screen.getByRole('button', { name: 'Save priority' }));

    await screen.findByText('Priority saved');
    expect(api.sent('PUT')[0].body).toMatchObject({ outcomeIds: [] });
  });

  it('shows a link to another area’s outcome on the outcomes, in words', async () => {
    fakeApi().on(
      'PUT',
      priorityPath,
      problem(422, { title: 'The request breaks a rule', errors: [{ field: 'outcomeIds[0]', message: 'is not an outcome of area E08000003' }] }),
    );
    const { user } = renderApp(editUrl);

    await user.click(await screen.findByRole('button', { name: 'Save priority' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Outcome 1 is not an outcome of area E08000003' })).toHaveAttribute('href', '#outcomeIds');
    expect(screen.getByRole('group', { name: 'Outcomes it works towards' })).toHaveAccessibleDescription(
      /Error: Outcome 1 is not an outcome of area E08000003/,
    );
  });
});

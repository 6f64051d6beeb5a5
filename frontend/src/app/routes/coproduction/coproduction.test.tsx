import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { typeDate } from '@/test/date-input';
import { json, problem } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { coproduction, manchester, priority, service, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const listPath = `/api/v1/areas/${manchester.code}/coproduction`;
const recordPath = `${listPath}/${coproduction.id}`;
const area = `/areas/${manchester.code}`;

describe('co-production records', () => {
  it('are listed with their status and whether feedback was given', async () => {
    fakeAreaApi();
    renderApp(`${area}/coproduction`);

    const table = await screen.findByRole('table', { name: 'Co-production records' });
    const row = within(table).getByRole('row', { name: /1 March 2025 Big SEND Survey Survey Responded Loop not closed/ });
    expect(within(row).getByRole('link')).toHaveAttribute('href', `${area}/coproduction/${coproduction.id}`);
    expect(within(table).getByRole('columnheader', { name: /Held on/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('are filtered by kind, status, dates, principle and an open loop', async () => {
    const api = fakeAreaApi();
    const { user } = renderApp(`${area}/coproduction`);

    await screen.findByRole('table', { name: 'Co-production records' });
    const filters = screen.getByRole('search', { name: 'Filter co-production records' });
    await user.selectOptions(within(filters).getByLabelText('Kind'), 'Drop-in');
    await user.selectOptions(within(filters).getByLabelText('Status'), 'Open');
    await user.selectOptions(within(filters).getByLabelText('Lundy principle'), 'Influence');
    await typeDate(user, 'Held on or after', '1 1 2025', filters);
    await typeDate(user, 'Held on or before', '31 12 2025', filters);
    await user.click(within(filters).getByLabelText('Loop not closed (no feedback given yet)'));
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(api.sent('GET', listPath).some((request) => request.query.has('loopOpen'))).toBe(true));
    expect(Object.fromEntries(api.sent('GET', listPath).at(-1)?.query ?? [])).toMatchObject({
      kind: 'drop_in',
      status: 'open',
      principle: 'influence',
      from: '2025-01-01',
      to: '2025-12-31',
      loopOpen: 'true',
    });
  });

  it('show who took part, what was said and done, and link to what they shaped', async () => {
    fakeAreaApi();
    renderApp(`${area}/coproduction/${coproduction.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: coproduction.title })).toBeInTheDocument();
    const participants = screen.getByText('Who took part', { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(within(participants).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '120 children and young people',
      '340 parents and carers',
    ]);
    expect(screen.getByText('Space', { selector: 'li' })).toBeInTheDocument();
    expect(screen.getByText(coproduction.youSaid as string)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `1. ${priority.title}` })).toHaveAttribute('href', `${area}/priorities/${priority.id}`);
    expect(screen.getByRole('link', { name: service.name })).toHaveAttribute('href', `${area}/services/${service.id}`);
  });

  it('offer a viewer no way to add or change them', async () => {
    fakeAreaApi(viewer);
    renderApp(`${area}/coproduction/${coproduction.id}`);

    await screen.findByRole('heading', { level: 1, name: coproduction.title });
    expect(screen.queryByRole('button', { name: /edit|archive|restore/i })).not.toBeInTheDocument();
  });
});

describe('the co-production form', () => {
  it('shows the API’s rules on the right fields, a participant count on its own box', async () => {
    fakeAreaApi().on(
      'PUT',
      recordPath,
      problem(422, {
        title: 'The request breaks a rule',
        errors: [
          { field: 'participants.parentsCarers', message: 'must be greater than or equal to 0' },
          { field: 'feedbackGivenOn', message: 'must not be before heldOn' },
          { field: 'weDid', message: 'must say what changed before the record is closed' },
          { field: 'serviceIds[0]', message: 'is not a service of area E08000003' },
        ],
      }),
    );
    const { user } = renderApp(`${area}/coproduction/${coproduction.id}/edit`);

    const parents = await screen.findByLabelText('Parents and carers');
    await user.clear(parents);
    await user.type(parents, '-3');
    await user.click(screen.getByRole('button', { name: 'Save co-production record' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Parents and carers must be greater than or equal to 0' })).toHaveAttribute(
      'href',
      '#participants-parentsCarers',
    );
    expect(screen.getByLabelText('Parents and carers')).toHaveAccessibleDescription('Error: Parents and carers must be greater than or equal to 0');
    expect(within(summary).getByRole('link', { name: 'Date feedback was given must not be before date held' })).toHaveAttribute(
      'href',
      '#feedbackGivenOn-day',
    );
    expect(screen.getByRole('group', { name: 'Date feedback was given' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Date feedback was given must not be before date held'),
    );
    expect(screen.getByLabelText('We did')).toHaveAccessibleDescription(
      expect.stringContaining('Error: What we did must say what changed before the record is closed'),
    );
    expect(within(summary).getByRole('link', { name: 'Linked service 1 is not a service of area E08000003' })).toHaveAttribute(
      'href',
      '#serviceIds',
    );
  });

  it('adds a record with participants, principles and links', async () => {
    const created = { ...coproduction, id: '90909090-9090-4909-8909-909090909090', version: 0 };
    const api = fakeAreaApi()
      .on('POST', listPath, json(created, { status: 201, headers: { ETag: '"0"' } }))
      .on('GET', `${listPath}/${created.id}`, json(created, { headers: { ETag: '"0"' } }));
    const { user } = renderApp(`${area}/coproduction/new`);

    await user.type(await screen.findByLabelText('Title'), 'Big SEND Survey');
    await user.click(screen.getByLabelText('Survey'));
    await typeDate(user, 'Date held', '1 3 2025');
    await user.type(screen.getByLabelText('Children and young people'), '120');
    await user.type(screen.getByLabelText('Parents and carers'), '340');
    await user.type(screen.getByLabelText('Partners'), 'Manchester Parent Carer Forum');
    await user.click(screen.getByLabelText('Voice'));
    await user.type(screen.getByLabelText('You said'), 'Tell us what is on offer.');
    await user.click(screen.getByRole('checkbox', { name: `1. ${priority.title}` }));
    await user.click(screen.getByRole('checkbox', { name: service.name }));
    await user.click(screen.getByRole('button', { name: 'Save co-production record' }));

    expect(await screen.findByText('Co-production record added')).toBeInTheDocument();
    expect(api.sent('POST', listPath)[0].body).toEqual({
      title: 'Big SEND Survey',
      kind: 'survey',
      heldOn: '2025-03-01',
      participants: { childrenYoungPeople: 120, parentsCarers: 340, professionals: null },
      partners: ['Manchester Parent Carer Forum'],
      principles: ['voice'],
      youSaid: 'Tell us what is on offer.',
      weDid: null,
      feedbackGivenOn: null,
      status: 'open',
      priorityIds: [priority.id],
      serviceIds: [service.id],
    });
  });

  it('shows what someone else changed first in words: the kind, who took part, the principles, the services', async () => {
    const theirs = {
      ...coproduction,
      version: 2,
      kind: 'focus_group' as const,
      participants: { ...coproduction.participants, parentsCarers: 400 },
      principles: ['space' as const, 'voice' as const, 'influence' as const],
      serviceIds: [],
    };
    fakeAreaApi().on('PUT', recordPath, problem(412, { title: 'Precondition Failed', currentVersion: 2, current: theirs }));
    const { user } = renderApp(`${area}/coproduction/${coproduction.id}/edit`);

    const children = await screen.findByLabelText('Children and young people');
    await user.clear(children);
    await user.type(children, '150');
    await user.click(screen.getByRole('button', { name: 'Save co-production record' }));

    const merge = await screen.findByRole('region', { name: 'What changed since you opened it' });
    expect(merge).toHaveTextContent('KindFocus group');
    expect(merge).toHaveTextContent('Lundy principlesSpace; Voice; Influence');
    expect(merge).toHaveTextContent('ServicesNone');
    const counts = within(merge).getByRole('group', { name: 'Who took part: you both changed it' });
    expect(within(counts).getByRole('radio', { name: 'Keep mine' })).toHaveAccessibleDescription(/^150 children and young people\s340 parents and carers$/);
    expect(within(counts).getByRole('radio', { name: 'Keep theirs' })).toHaveAccessibleDescription(/^120 children and young people\s400 parents and carers$/);
    expect(merge).not.toHaveTextContent(/focus_group|influence/);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { typeDate } from '@/test/date-input';
import { json, problem } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { manchester, outcome, priority, service } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const servicesPath = `/api/v1/areas/${manchester.code}/services`;
const servicePath = `${servicesPath}/${service.id}`;

describe('the service form', () => {
  it('adds a service with every field', async () => {
    const created = { ...service, id: '79797979-7979-4797-8797-797979797979', version: 0 };
    const api = fakeAreaApi()
      .on('POST', servicesPath, json(created, { status: 201, headers: { ETag: '"0"' } }))
      .on('GET', `${servicesPath}/${created.id}`, json(created, { headers: { ETag: '"0"' } }));
    const { user } = renderApp(`/areas/${manchester.code}/services/new`);

    await user.type(await screen.findByLabelText('Name'), 'Short breaks');
    await user.type(screen.getByLabelText('Provider'), 'Action for Children');
    await user.click(screen.getByLabelText('Targeted'));
    await user.click(screen.getByLabelText('Social care'));
    await user.click(screen.getByLabelText('ASD: Autistic spectrum disorder'));
    await user.click(screen.getByLabelText('Special schools'));
    await user.type(screen.getByLabelText('Capacity'), '40');
    await user.click(screen.getByLabelText('Caseload a year'));
    await user.type(screen.getByLabelText('Youngest age'), '5');
    await user.type(screen.getByLabelText('Oldest age'), '18');
    await user.type(screen.getByLabelText('Commissioners'), 'Manchester City Council{Enter}NHS Greater Manchester ICB');
    await user.click(screen.getByLabelText('Pooled budget'));
    await user.type(screen.getByLabelText('Annual value'), '£450,000.50');
    await typeDate(user, 'Contract start date', '1 4 2024');
    await typeDate(user, 'Contract end date', '31 3 2027');
    await user.click(within(screen.getByRole('group', { name: 'Status' })).getByLabelText('Active'));
    await user.click(screen.getByRole('checkbox', { name: `1. ${priority.title}` }));
    await user.click(screen.getByRole('checkbox', { name: outcome.statement }));
    await user.click(screen.getByRole('button', { name: 'Save service' }));

    expect(await screen.findByText('Service added')).toBeInTheDocument();
    expect(api.sent('POST', servicesPath)[0].body).toEqual({
      name: 'Short breaks',
      provider: 'Action for Children',
      description: null,
      tier: 'targeted',
      sectors: ['social_care'],
      needs: ['ASD'],
      settings: ['special_school'],
      capacity: 40,
      capacityUnit: 'caseload_per_year',
      ageFrom: 5,
      ageTo: 18,
      commissioners: ['Manchester City Council', 'NHS Greater Manchester ICB'],
      fundingModel: 'pooled',
      annualValue: 450000.5,
      contractStart: '2024-04-01',
      contractEnd: '2027-03-31',
      reviewDate: null,
      stage: 'understand',
      status: 'active',
      priorityIds: [priority.id],
      outcomeIds: [outcome.id],
      localOfferUrl: null,
      publishToLocalOffer: false,
    });
  });

  it('publishes a service to the Local Offer only when the box is ticked', async () => {
    const api = fakeAreaApi().on('PUT', servicePath, json({ ...service, version: 7, publishToLocalOffer: false }, { headers: { ETag: '"7"' } }));
    const { user } = renderApp(`/areas/${manchester.code}/services/${service.id}/edit`);

    const publish = await screen.findByRole('checkbox', { name: 'Publish to the Local Offer' });
    expect(publish).toBeChecked();
    expect(publish).toHaveAccessibleDescription(/public Local Offer feed.*Never its money, contract or commissioners/);
    await user.click(publish);
    await user.click(screen.getByRole('button', { name: 'Save service' }));

    await waitFor(() => expect(api.sent('PUT', servicePath)).toHaveLength(1));
    expect((api.sent('PUT', servicePath)[0].body as { publishToLocalOffer: boolean }).publishToLocalOffer).toBe(false);
  });

  it('shows the commissioner’s rules the API enforces, in the summary and on each field', async () => {
    fakeAreaApi().on(
      'PUT',
      servicePath,
      problem(422, {
        title: 'The request breaks a rule',
        errors: [
          { field: 'annualValue', message: 'must not be negative' },
          { field: 'ageTo', message: 'must not be below ageFrom' },
          { field: 'contractEnd', message: 'must not be before contractStart' },
          { field: 'priorityIds[1]', message: 'is not a priority of area E08000003' },
        ],
      }),
    );
    const { user } = renderApp(`/areas/${manchester.code}/services/${service.id}/edit`);

    const value = await screen.findByLabelText('Annual value');
    await user.clear(value);
    await user.type(value, '-5');
    await user.click(screen.getByRole('button', { name: 'Save service' }));

    const summary = await screen.findByRole('alert');
    const expected: [string, string][] = [
      ['Annual value must not be negative', '#annualValue'],
      ['Oldest age must not be below youngest age', '#ageTo'],
      ['Contract end date must not be before contract start date', '#contractEnd-day'],
      ['Linked priority 2 is not a priority of area E08000003', '#priorityIds'],
    ];
    for (const [text, href] of expected) expect(within(summary).getByRole('link', { name: text })).toHaveAttribute('href', href);
    expect(screen.getByLabelText('Annual value')).toHaveAccessibleDescription(expect.stringContaining('Error: Annual value must not be negative'));
    expect(screen.getByLabelText('Oldest age')).toHaveAccessibleDescription('Error: Oldest age must not be below youngest age');
    const contractEnd = screen.getByRole('group', { name: 'Contract end date' });
    expect(contractEnd).toHaveAccessibleDescription('For example, 27 3 2026 Error: Contract end date must not be before contract start date');
    for (const box of within(contractEnd).getAllByRole('textbox')) expect(box).toHaveClass('govuk-input--error');
    expect(screen.getByRole('group', { name: 'Priorities it delivers' })).toHaveAccessibleDescription(
      'Error: Linked priority 2 is not a priority of area E08000003',
    );
    expect(document.title).toBe('Error: Edit service – SEND Hub');

    await user.click(within(summary).getByRole('link', { name: 'Contract end date must not be before contract start date' }));
    expect(within(contractEnd).getByLabelText('Day')).toHaveFocus();
  });

  it('shows the saved dates in the day, month and year boxes, and sends them back unchanged', async () => {
    const api = fakeAreaApi().on('PUT', servicePath, json({ ...service, version: 7 }, { headers: { ETag: '"7"' } }));
    const { user } = renderApp(`/areas/${manchester.code}/services/${service.id}/edit`);

    const review = within(await screen.findByRole('group', { name: 'Review date' }));
    expect(review.getByLabelText('Day')).toHaveValue('30');
    expect(review.getByLabelText('Month')).toHaveValue('9');
    expect(review.getByLabelText('Year')).toHaveValue('2026');
    await user.click(screen.getByRole('button', { name: 'Save service' }));

    await screen.findByText('Service saved');
    expect(api.sent('PUT')[0].body).toMatchObject({ contractStart: '2024-04-01', contractEnd: '2027-03-31', reviewDate: '2026-09-30' });
  });

  it('says, in GOV.UK’s words, what is wrong with a date, on the boxes to fix', async () => {
    const api = fakeAreaApi();
    const { user } = renderApp(`/areas/${manchester.code}/services/new`);

    await screen.findByRole('heading', { level: 1, name: 'Add a service' });
    await typeDate(user, 'Contract start date', '31 2 2026');
    const review = within(screen.getByRole('group', { name: 'Review date' }));
    await user.type(review.getByLabelText('Day'), '30');
    await user.type(review.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Save service' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Contract start date must be a real date' })).toHaveAttribute('href', '#contractStart-day');
    expect(within(summary).getByRole('link', { name: 'Review date must include a month' })).toHaveAttribute('href', '#reviewDate-month');
    expect(screen.getByRole('group', { name: 'Review date' })).toHaveAccessibleDescription(
      'When the service is next reviewed. For example, 27 3 2026 Error: Review date must include a month',
    );
    expect(review.getByLabelText('Month')).toHaveClass('govuk-input--error');
    expect(review.getByLabelText('Day')).not.toHaveClass('govuk-input--error');
    expect(api.sent('POST')).toHaveLength(0);

    await user.click(within(summary).getByRole('link', { name: 'Review date must include a month' }));
    expect(review.getByLabelText('Month')).toHaveFocus();
  });

  it('says what is missing before sending anything', async () => {
    const api = fakeAreaApi();
    const { user } = renderApp(`/areas/${manchester.code}/services/new`);

    await user.type(await screen.findByLabelText('Annual value'), 'a lot');
    await user.click(screen.getByRole('button', { name: 'Save service' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter the name of the service',
      'Select the tier of the service',
      'Annual value must be an amount in pounds, like 450000 or 450000.50',
    ]);
    expect(within(summary).getByRole('link', { name: 'Select the tier of the service' })).toHaveAttribute('href', '#tier');
    expect(api.sent('POST')).toHaveLength(0);
  });

  it('keeps what the user typed when someone else saved first, and can overwrite', async () => {
    const theirs = { ...service, version: 7, name: 'Their name', annualValue: 1 };
    const api = fakeAreaApi().on('PUT', servicePath, (request) =>
      request.headers.get('If-Match') === '"7"'
        ? json({ ...service, version: 8, name: 'My name' }, { headers: { ETag: '"8"' } })
        : problem(412, { title: 'Precondition Failed', currentVersion: 7, current: theirs }),
    );
    const { user } = renderApp(`/areas/${manchester.code}/services/${service.id}/edit`);

    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'My name');
    await user.click(screen.getByRole('button', { name: 'Save service' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this service');
    expect(screen.getByLabelText('Name')).toHaveValue('My name');
    const merge = screen.getByRole('region', { name: 'What changed since you opened it' });
    expect(within(merge).getByRole('group', { name: 'Name: you both changed it' })).toHaveTextContent('Their name');
    expect(merge).toHaveTextContent('Their changes, which will be kept');

    await user.click(screen.getByRole('button', { name: 'Overwrite all with my changes' }));

    expect(await screen.findByText('Service saved')).toBeInTheDocument();
    expect(api.sent('PUT')[1].headers.get('If-Match')).toBe('"7"');
    expect(api.sent('PUT')[1].body).toMatchObject({ name: 'My name', annualValue: 450000.5 });
  });

  it('says in words, not codes, the needs, sectors and linked priorities someone else changed', async () => {
    const secondPriority = { ...priority, id: '25252525-2525-4252-8252-252525252525', number: 2, title: 'Preparing for adulthood' };
    const theirs = { ...service, version: 7, needs: ['ASD', 'SLCN', 'SEMH'], sectors: ['education', 'health'], priorityIds: [priority.id, secondPriority.id] };
    fakeAreaApi()
      .on('GET', `/api/v1/areas/${manchester.code}/priorities`, json({ items: [priority, secondPriority], page: 0, size: 500, total: 2 }))
      .on('PUT', servicePath, problem(412, { title: 'Precondition Failed', currentVersion: 7, current: theirs }));
    const { user } = renderApp(`/areas/${manchester.code}/services/${service.id}/edit`);

    await user.click(await screen.findByLabelText('SLCN: Speech, language and communication needs'));
    await user.click(screen.getByRole('button', { name: 'Save service' }));

    const merge = await screen.findByRole('region', { name: 'What changed since you opened it' });
    expect(merge).toHaveTextContent('SectorsEducation; Health');
    expect(merge).toHaveTextContent(`Priorities1. ${priority.title}; 2. Preparing for adulthood`);
    const needs = within(merge).getByRole('group', { name: 'Primary needs: you both changed it' });
    expect(within(needs).getByRole('radio', { name: 'Keep mine' })).toHaveAccessibleDescription('ASD: Autistic spectrum disorder');
    expect(within(needs).getByRole('radio', { name: 'Keep theirs' })).toHaveAccessibleDescription(
      'ASD: Autistic spectrum disorder; SLCN: Speech, language and communication needs; SEMH: Social, emotional and mental health',
    );
    expect(merge).not.toHaveTextContent(/education|ASD; SLCN|linked record/);
  });

  it('keeps a link to an archived priority, saying it is archived', async () => {
    const archivedPriority = { ...priority, id: '23232323-2323-4232-8232-232323232323', number: 2, title: 'Old priority', archived: true };
    const unlinkedArchived = { ...priority, id: '24242424-2424-4242-8242-242424242424', number: 3, title: 'Forgotten priority', archived: true };
    fakeAreaApi()
      .on('GET', `/api/v1/areas/${manchester.code}/priorities`, json({ items: [priority, archivedPriority, unlinkedArchived], page: 0, size: 500, total: 3 }))
      .on('GET', servicePath, json({ ...service, priorityIds: [priority.id, archivedPriority.id] }, { headers: { ETag: '"6"' } }));
    renderApp(`/areas/${manchester.code}/services/${service.id}/edit`);

    const priorities = await screen.findByRole('group', { name: 'Priorities it delivers' });
    expect(within(priorities).getByRole('checkbox', { name: '2. Old priority' })).toBeChecked();
    expect(within(priorities).getByRole('checkbox', { name: '2. Old priority' })).toHaveAccessibleDescription('Archived');
    expect(within(priorities).queryByRole('checkbox', { name: '3. Forgotten priority' })).not.toBeInTheDocument();
  });
});

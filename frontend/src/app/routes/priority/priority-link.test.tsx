import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { coproduction, manchester, priority, service, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const api = `/api/v1/areas/${manchester.code}`;
const area = `/areas/${manchester.code}`;
const tutoring = { ...service, id: '71717171-7171-4717-8717-717171717171', name: 'Home tutoring', provider: null };
const respite = { ...service, id: '72727272-7272-4727-8727-727272727272', name: 'Sensory support' };
const ref = (record: { id: string; name: string }) => ({ id: record.id, label: record.name, archived: false });

/** The area's services: three of them, by name. */
function fakeServices() {
  return fakeAreaApi().on('GET', `${api}/services`, json({ items: [tutoring, respite, service], page: 0, size: 100, total: 3, totalAnnualValue: 0, withoutAnnualValue: 3 }));
}

describe('linking services from a priority', () => {
  it('lists the area’s services by name, ticked when linked, and saves them through the priority', async () => {
    const linked = { ...priority, version: 4, linked: { outcomes: [], services: [ref(tutoring)], coproduction: [] } };
    const fake = fakeServices().on('PUT', `${api}/priorities/${priority.id}/services`, json(linked, { headers: { ETag: '"4"' } }));
    const { user } = renderApp(`${area}/priorities/${priority.id}`);

    expect(await screen.findByText('No service delivers this priority yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Link services' }));

    const group = await screen.findByRole('group', { name: 'Which services are linked?' });
    expect(within(group).getAllByRole('checkbox').map((box) => box.closest('div')?.querySelector('label')?.textContent)).toEqual([
      'Home tutoring',
      'Sensory support',
      service.name,
    ]);
    await user.click(within(group).getByRole('checkbox', { name: 'Home tutoring' }));
    await user.click(screen.getByRole('button', { name: 'Save links' }));

    expect(await screen.findByText('Services linked')).toBeInTheDocument();
    const sent = fake.sent('PUT', `${api}/priorities/${priority.id}/services`)[0];
    expect(sent.body).toEqual({ serviceIds: [tutoring.id] });
    expect(sent.headers.get('If-Match')).toBe('"3"');
    expect(screen.getByRole('link', { name: 'Home tutoring' })).toHaveAttribute('href', `${area}/services/${tutoring.id}`);
  });

  it('keeps the user’s choices over a colleague’s saved meanwhile, says what they changed, and saves from their version', async () => {
    const opened = { ...priority, linked: { outcomes: [], services: [ref(service)], coproduction: [] } };
    const theirs = { ...priority, version: 5, linked: { outcomes: [], services: [ref(service), ref(respite)], coproduction: [] } };
    let reads = 0;
    const fake = fakeServices()
      .on('GET', `${api}/priorities/${priority.id}`, () => json(reads++ === 0 ? opened : theirs, { headers: { ETag: reads === 1 ? '"3"' : '"5"' } }))
      .on('PUT', `${api}/priorities/${priority.id}/services`, (request) =>
        request.headers.get('If-Match') === '"3"'
          ? problem(412, { title: 'The record has changed', currentVersion: 5 })
          : json({ ...theirs, version: 6 }, { headers: { ETag: '"6"' } }),
      );
    const { user } = renderApp(`${area}/priorities/${priority.id}/link-services`);

    await user.click(await screen.findByRole('checkbox', { name: 'Home tutoring' }));
    await user.click(screen.getByRole('button', { name: 'Save links' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('A colleague changed these links while you were choosing');
    expect(notice).toHaveTextContent('They linked: Sensory support.');
    const checked = screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked);
    expect(checked.map((box) => box.getAttribute('value'))).toEqual([tutoring.id, respite.id, service.id]);
    await user.click(screen.getByRole('button', { name: 'Save links' }));

    await waitFor(() => expect(fake.sent('PUT', `${api}/priorities/${priority.id}/services`)).toHaveLength(2));
    const again = fake.sent('PUT', `${api}/priorities/${priority.id}/services`)[1];
    expect(again.headers.get('If-Match')).toBe('"5"');
    expect(again.body).toEqual({ serviceIds: [service.id, respite.id, tutoring.id] });
  });

  it('names a record the API refuses, with words rather than its id', async () => {
    fakeServices().on(
      'PUT',
      `${api}/priorities/${priority.id}/services`,
      problem(422, { title: 'The request breaks a rule', errors: [{ field: 'serviceIds[0]', message: `is not a service of area ${manchester.code}` }] }),
    );
    const { user } = renderApp(`${area}/priorities/${priority.id}/link-services`);

    await user.click(await screen.findByRole('checkbox', { name: 'Sensory support' }));
    await user.click(screen.getByRole('button', { name: 'Save links' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Sensory support cannot be linked: it is no longer a record of this area' })).toHaveAttribute(
      'href',
      '#linked-records',
    );
    expect(summary).not.toHaveTextContent(manchester.code);
  });

  it('links co-production from the priority too', async () => {
    const fake = fakeAreaApi().on(
      'PUT',
      `${api}/priorities/${priority.id}/coproduction`,
      json({ ...priority, version: 4, linked: { outcomes: [], services: [], coproduction: [{ id: coproduction.id, label: coproduction.title, archived: false }] } }, { headers: { ETag: '"4"' } }),
    );
    const { user } = renderApp(`${area}/priorities/${priority.id}`);

    await user.click(await screen.findByRole('link', { name: 'Link co-production' }));
    await user.click(await screen.findByRole('checkbox', { name: coproduction.title }));
    await user.click(screen.getByRole('button', { name: 'Save links' }));

    expect(await screen.findByText('Co-production linked')).toBeInTheDocument();
    expect(fake.sent('PUT', `${api}/priorities/${priority.id}/coproduction`)[0].body).toEqual({ coproductionIds: [coproduction.id] });
  });

  it('offers a viewer no way to change the links', async () => {
    fakeAreaApi(viewer);
    renderApp(`${area}/priorities/${priority.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: priority.title })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Link services' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Link co-production' })).not.toBeInTheDocument();
  });
});

describe('linking co-production from a service', () => {
  it('shows the linked records ticked and unlinks one', async () => {
    const fake = fakeAreaApi().on(
      'PUT',
      `${api}/services/${service.id}/coproduction`,
      json({ ...service, version: 7, linked: { priorities: [], outcomes: [], coproduction: [] } }, { headers: { ETag: '"7"' } }),
    );
    const { user } = renderApp(`${area}/services/${service.id}`);

    await user.click(await screen.findByRole('link', { name: 'Link co-production' }));
    const box = await screen.findByRole('checkbox', { name: coproduction.title });
    expect(box).toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save links' }));

    expect(await screen.findByText('Co-production linked')).toBeInTheDocument();
    const sent = fake.sent('PUT', `${api}/services/${service.id}/coproduction`)[0];
    expect(sent.body).toEqual({ coproductionIds: [] });
    expect(sent.headers.get('If-Match')).toBe('"6"');
    expect(screen.getByText('No co-production record is linked to it yet.')).toBeInTheDocument();
  });

  it('refuses a viewer who opens the form', async () => {
    fakeAreaApi(viewer);
    renderApp(`${area}/services/${service.id}/link-coproduction`);

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot change services' })).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { manchester, service } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { expectNoAxeViolations } from '@/test/render-component';

const detailUrl = `/areas/${manchester.code}/services/${service.id}`;
const feedPath = `/openreferral/${manchester.code}/services/${service.id}`;

/** The feed's answer for the fixture service, as the backend words it (LocalOfferFeedTest checks it against ORUK). */
const entry = {
  id: service.id,
  name: service.name,
  description: service.description,
  url: service.localOfferUrl,
  status: 'active',
  minimum_age: 5,
  maximum_age: 18,
  last_modified: '2025-03-01T00:00:00.000Z',
  organization: { id: 'b6a44191-5774-5cfb-ac46-bb3d2b8961ca', name: 'Action for Children', description: 'Provides services.' },
  service_areas: [{ id: '11111111-1111-5111-8111-111111111111', name: 'Manchester' }],
  attributes: [
    { id: 'a1', taxonomy_term: { id: 't1', name: 'Autistic spectrum disorder', taxonomy: 'SEND primary need', term: 'ASD' } },
    { id: 'a2', taxonomy_term: { id: 't2', name: 'Speech, language and communication needs', taxonomy: 'SEND primary need', term: 'SLCN' } },
    { id: 'a3', taxonomy_term: { id: 't3', name: 'Targeted', taxonomy: 'SEND service tier', term: 'targeted' } },
  ],
};

function preview() {
  return within(screen.getByRole('region', { name: 'What the Local Offer shows' }));
}

function row(key: string) {
  return preview().getByText(key, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('what the Local Offer shows, on the service page', () => {
  it('says in words what the public feed says of a published service, read from the feed itself', async () => {
    const api = fakeAreaApi().on('GET', feedPath, json(entry));
    const { container } = renderApp(detailUrl);

    expect(await screen.findByText(/says this of the service, and nothing more/)).toBeInTheDocument();
    expect(row('Provider')).toHaveTextContent('Action for Children');
    expect(row('Status')).toHaveTextContent('Running');
    expect(row('Ages')).toHaveTextContent('5 to 18');
    expect(row('Web address')).toHaveTextContent(service.localOfferUrl ?? '');
    expect(within(row('SEND primary need')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Autistic spectrum disorder',
      'Speech, language and communication needs',
    ]);
    expect(row('SEND service tier')).toHaveTextContent('Targeted');
    expect(row('Area')).toHaveTextContent('Manchester');
    expect(preview().queryByText(/450,000/)).not.toBeInTheDocument();
    expect(api.sent('GET', feedPath)).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it('says a closed service shows as closed for good', async () => {
    fakeAreaApi().on('GET', feedPath, json({ ...entry, status: 'defunct' }));
    renderApp(detailUrl);

    await screen.findByText(/says this of the service, and nothing more/);
    expect(row('Status')).toHaveTextContent('Closed for good');
  });

  it('explains how to publish a service that is not in the feed, without asking the feed', async () => {
    const api = fakeAreaApi().on('GET', `/api/v1/areas/${manchester.code}/services/${service.id}`, json({ ...service, publishToLocalOffer: false }, { headers: { ETag: '"6"' } }));
    renderApp(detailUrl);

    expect(await screen.findByText(/This service is not in your Local Offer feed/)).toBeInTheDocument();
    expect(screen.getByText(/tick “Publish to the Local Offer”/)).toBeInTheDocument();
    expect(api.sent('GET', feedPath)).toHaveLength(0);
  });

  it('says an archived service has left the feed', async () => {
    fakeAreaApi().on('GET', `/api/v1/areas/${manchester.code}/services/${service.id}`, json({ ...service, archived: true }, { headers: { ETag: '"6"' } }));
    renderApp(detailUrl);

    expect(await screen.findByText(/archived, so it has left your Local Offer feed/)).toBeInTheDocument();
  });

  it('says so when the feed cannot be read', async () => {
    fakeAreaApi().on('GET', feedPath, problem(429, { title: 'Too many requests' }));
    renderApp(detailUrl);

    expect(await screen.findByText(/could not be read just now/)).toBeInTheDocument();
  });
});

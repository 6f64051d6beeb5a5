import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { coproduction, manchester, outcome, priority, service, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const servicePath = `/api/v1/areas/${manchester.code}/services/${service.id}`;
const detailUrl = `/areas/${manchester.code}/services/${service.id}`;

function row(key: string) {
  const term = screen.getByText(key, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('the service page', () => {
  it('shows every field in words people use', async () => {
    fakeAreaApi();
    renderApp(detailUrl);

    expect(await screen.findByRole('heading', { level: 1, name: service.name })).toBeInTheDocument();
    expect(document.title).toBe(`${service.name} – SEND Hub`);
    expect(row('Provider')).toHaveTextContent('Action for Children');
    expect(row('Tier')).toHaveTextContent('Targeted');
    expect(row('Sectors')).toHaveTextContent('EducationSocial care');
    expect(within(row('Primary needs')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'ASD: Autistic spectrum disorder',
      'SLCN: Speech, language and communication needs',
    ]);
    expect(row('Ages')).toHaveTextContent('5 to 18');
    expect(row('Funding model')).toHaveTextContent('Pooled budget');
    expect(row('Annual value')).toHaveTextContent('£450,000.50');
    expect(row('Contract end')).toHaveTextContent('31 March 2027');
    expect(row('Review date')).toHaveTextContent('30 September 2026');
    expect(row('Commissioning stage')).toHaveTextContent('Do');
    expect(row('Status')).toHaveTextContent('Active');
    expect(within(row('Local Offer')).getByRole('link')).toHaveAttribute('href', service.localOfferUrl);
  });

  it('links to its priorities, outcomes and co-production, saying which are archived', async () => {
    fakeAreaApi();
    renderApp(detailUrl);

    await screen.findByRole('heading', { level: 1, name: service.name });
    const area = `/areas/${manchester.code}`;
    expect(screen.getByRole('link', { name: `1. ${priority.title}` })).toHaveAttribute('href', `${area}/priorities/${priority.id}`);
    expect(screen.getByRole('link', { name: outcome.statement })).toHaveAttribute('href', `${area}/outcomes/${outcome.id}`);
    expect(screen.getByRole('link', { name: outcome.statement }).parentElement).toHaveTextContent('I am heard Archived');
    expect(screen.getByRole('link', { name: coproduction.title })).toHaveAttribute('href', `${area}/coproduction/${coproduction.id}`);
  });

  it('archives with the ETag it read, then restores', async () => {
    const api = fakeAreaApi()
      .on('DELETE', servicePath, json({ ...service, version: 7, archived: true }, { headers: { ETag: '"7"' } }))
      .on('POST', `${servicePath}/restore`, json({ ...service, version: 8 }, { headers: { ETag: '"8"' } }));
    const { user } = renderApp(detailUrl);

    await user.click(await screen.findByRole('button', { name: 'Archive service' }));
    await user.click(screen.getByRole('button', { name: 'Yes, archive this service' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Service archived');
    expect(api.sent('DELETE')[0].headers.get('If-Match')).toBe('"6"');
    await user.click(screen.getByRole('button', { name: 'Restore service' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Service restored'));
  });

  it('offers a viewer no way to change it', async () => {
    fakeAreaApi(viewer);
    renderApp(detailUrl);

    await screen.findByRole('heading', { level: 1, name: service.name });
    expect(screen.queryByRole('button', { name: /edit|archive|restore/i })).not.toBeInTheDocument();
  });

  it('turns a viewer away from the forms', async () => {
    fakeAreaApi(viewer);
    renderApp(`${detailUrl}/edit`);

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot change services' })).toBeInTheDocument();
  });
});

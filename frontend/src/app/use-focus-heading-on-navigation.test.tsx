import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeAreaApi } from '@/test/fake-area-api';
import { json } from '@/test/fetch-mock';
import { manchester, page, service, wigan } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

describe('moving between pages', () => {
  it('puts the focus on the new page’s heading once the page has loaded', async () => {
    fakeAreaApi().on('GET', '/api/v1/areas', page([manchester, wigan]));
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Manchester' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Manchester' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('moves the focus from a link in the navigation to the heading of the page it opens', async () => {
    fakeAreaApi();
    const { user } = renderApp(`/areas/${manchester.code}`);
    await screen.findByRole('heading', { level: 1, name: 'Manchester' });

    await user.click(screen.getByRole('navigation', { name: 'Manchester records' }).querySelector('a[href$="/services"]') as HTMLElement);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Services register' });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click((await within(screen.getByRole('main')).findAllByRole('link', { name: service.name }))[0]);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: service.name })).toHaveFocus());
  });

  it('leaves the focus where a page has put it, such as on a success banner', async () => {
    fakeAreaApi().on(
      'PUT',
      `/api/v1/areas/${manchester.code}/services/${service.id}`,
      json({ ...service, version: 7 }, { headers: { ETag: '"7"' } }),
    );
    const { user } = renderApp(`/areas/${manchester.code}/services/${service.id}/edit`);
    await screen.findByRole('heading', { level: 1, name: 'Edit service' });

    await user.click(await screen.findByRole('button', { name: 'Save service' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Service saved');
    await waitFor(() => expect(banner).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: service.name })).not.toHaveFocus();
  });
});

/**
 * A commissioner publishes a service to the Local Offer: the area page gives the feed's address,
 * the service page says in words what the public feed shows, and the feed itself (read with no
 * sign-in, as a directory reads it) has the service until it is unpublished.
 * Needs the running stack with its demo data (Manchester publishes its running services).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { baseUrl, manchester } from './support/env';
import { signIn } from './support/keycloak';
import { areaNavigationLink, ServiceForm, successBanner, waitForHeading } from './support/pages';

const feed = `${baseUrl}/openreferral/${manchester.code}/`;

async function feedAnswer(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${feed}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('a commissioner publishing to the Local Offer', () => {
  let session: Session;
  const serviceName = `E2E Local Offer service ${Date.now()}`;
  let serviceId = '';

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('finds the feed’s address on the area page, and the feed answers without signing in', async () => {
    const { page } = session;
    await signIn(page, 'editor.manchester');
    await page.getByRole('link', { name: manchester.name, exact: true }).click();
    await waitForHeading(page, manchester.name);
    await page.getByRole('heading', { level: 2, name: 'Local Offer feed' }).waitFor();
    expect(await page.getByText(feed, { exact: true }).count()).toBe(1);
    await page.getByText('What the feed shows').click();
    await expectNoAxeViolations(page);

    const details = await feedAnswer('');
    expect(details.status).toBe(200);
    expect(details.body.version).toBe('HSDS-UK-3.0');
    const services = await feedAnswer('services');
    expect(services.body.total_items).toBeGreaterThan(0);
  });

  it('publishes a new service and sees in words what the feed says of it', async () => {
    const { page } = session;
    await areaNavigationLink(page, manchester.name, 'Services').click();
    await waitForHeading(page, 'Services register');
    await page.getByRole('button', { name: 'Add a service' }).click();
    await waitForHeading(page, 'Add a service');
    await expectNoAxeViolations(page);

    const form = new ServiceForm(page);
    await form.fill({
      name: serviceName,
      provider: 'E2E Local Offer Provider',
      tier: 'Targeted',
      needs: ['ASD: Autistic spectrum disorder'],
      ageFrom: '4',
      ageTo: '16',
      annualValue: '123456',
      status: 'Active',
      publishToLocalOffer: true,
    });
    await expectNoAxeViolations(page);
    await form.save();

    await waitForHeading(page, serviceName);
    expect(await successBanner(page)).toContain('Service added');
    serviceId = /\/services\/([0-9a-f-]{36})/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    const preview = page.getByRole('region', { name: 'What the Local Offer shows' });
    await preview.getByText('says this of the service, and nothing more', { exact: false }).waitFor();
    const shown = (await preview.textContent()) ?? '';
    expect(shown).toContain('E2E Local Offer Provider');
    expect(shown).toContain('Autistic spectrum disorder');
    expect(shown).toContain('4 to 16');
    expect(shown).toContain('Running');
    expect(shown).not.toContain('123,456');
    await expectNoAxeViolations(page);

    const entry = await feedAnswer(`services/${serviceId}`);
    expect(entry.status).toBe(200);
    expect(entry.body.name).toBe(serviceName);
    expect(JSON.stringify(entry.body)).not.toContain('123456');
  });

  it('unpublishes it, and it leaves the feed', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Edit service' }).click();
    await waitForHeading(page, 'Edit service');
    await expect.poll(() => new ServiceForm(page).name.inputValue()).toBe(serviceName);
    await new ServiceForm(page).fill({ publishToLocalOffer: false });
    await expectNoAxeViolations(page);
    await new ServiceForm(page).save();

    await waitForHeading(page, serviceName);
    await page.getByText('This service is not in your Local Offer feed', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    expect((await feedAnswer(`services/${serviceId}`)).status).toBe(404);
  });
});

/**
 * Signing in and out looks like the service: Keycloak's login page in SEND Hub's theme (GOV.UK
 * header, heading, error summary on a wrong password, linked to the field), then the app's own
 * "You have signed out" page. Needs the running stack (Keycloak with the realm's login theme).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { baseUrl, demoPassword, keycloakUrl, manchester } from './support/env';
import { waitForHeading } from './support/pages';

describe('signing in and out', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('shows a sign-in page that looks like the service', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    await waitForHeading(page, 'Sign in to SEND Hub');

    expect(page.url().startsWith(keycloakUrl)).toBe(true);
    expect(await page.locator('header .govuk-header').textContent()).toContain('SEND Hub');
    expect(await page.title()).toBe('Sign in – SEND Hub');
    // GOV.UK Frontend's styles and fonts are there, not Keycloak's own.
    expect(await page.getByRole('heading', { level: 1 }).evaluate((heading) => getComputedStyle(heading).fontFamily)).toContain('GDS Transport');
    // Loading it (rather than checking whether it is already loaded) does not race the download; an
    // undeclared font loads no faces.
    expect(await page.evaluate(async () => (await document.fonts.load('19px "GDS Transport"')).length)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('says what is wrong with a wrong password in an error summary linked to the field', async () => {
    const { page } = session;
    await page.getByLabel('Username or email address').fill('editor.manchester');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await page.title()).toBe('Error: Sign in – SEND Hub');
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const link = summary.getByRole('link', { name: 'The username or password is not right. Check them and try again.' });
    expect(await link.getAttribute('href')).toBe('#username');
    expect(await page.locator('#username-error').textContent()).toContain('The username or password is not right');
    await expectNoAxeViolations(page);

    await link.click();
    expect(await page.locator('#username').evaluate((field) => field === document.activeElement)).toBe(true);
  });

  it('signs in, then says so when the user signs out', async () => {
    const { page } = session;
    await page.getByLabel('Password', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForHeading(page, manchester.name);

    await page.getByRole('link', { name: 'Sign out' }).click();
    await waitForHeading(page, 'You have signed out');
    expect(new URL(page.url()).pathname).toBe('/signed-out');
    await expectNoAxeViolations(page);

    // Signed out for real: the app asks for a sign-in again.
    await page.getByRole('link', { name: 'Sign in again' }).click();
    await waitForHeading(page, 'Sign in to SEND Hub');
  });
});

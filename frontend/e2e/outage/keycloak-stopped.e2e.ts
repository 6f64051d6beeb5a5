/**
 * With Keycloak really stopped (scripts/e2e.sh stops it after the other browser tests): the web
 * app says that sign-in is unavailable instead of leaving the browser on an error page, and the
 * API keeps answering requests whose token was issued before (the backend keeps the realm's keys).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { closeBrowser, openBrowser, type Session } from '../support/browser';
import { baseUrl } from '../support/env';

const tokenIssuedBefore = process.env.E2E_TOKEN_ISSUED_BEFORE_OUTAGE;

describe.skipIf(!process.env.E2E_KEYCLOAK_STOPPED || !tokenIssuedBefore)('with Keycloak stopped', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('says that signing in is unavailable, on a page of its own', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Sorry, you cannot sign in at the moment' }).waitFor();
    expect(page.url().startsWith(baseUrl)).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('still answers a request whose token was issued before Keycloak stopped', async () => {
    const response = await fetch(`${baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${tokenIssuedBefore}` } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { username: string }).username).toBe('editor.manchester');
  });

  it('still refuses a request with no token', async () => {
    expect((await fetch(`${baseUrl}/api/v1/me`)).status).toBe(401);
  });
});

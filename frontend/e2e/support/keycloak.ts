import type { Page } from 'playwright-core';
import { baseUrl, demoPassword, keycloakUrl, realm } from './env';

/**
 * Opens the app, which sends the browser to Keycloak's login page, and signs in there. Someone
 * with several areas lands on the area list, someone with one on that area's page.
 */
export async function signIn(page: Page, username: string, password = demoPassword): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.locator('#username').waitFor();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(baseUrl) && !url.hash.includes('code='));
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
}

/** An access token for API calls made outside the browser (the password grant of the CLI client). */
export async function passwordGrantToken(username: string, password = demoPassword): Promise<string> {
  const response = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'sendhub-cli', grant_type: 'password', username, password }),
  });
  if (!response.ok) throw new Error(`Keycloak refused a token for ${username}: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

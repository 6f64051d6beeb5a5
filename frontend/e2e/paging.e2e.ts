/**
 * An editor pages through a list longer than a page: 55 outcomes made through the API are found
 * 50 on the first page and 5 on the second, in the order asked for, with Next and Previous; the
 * page is kept in the address with the filters and the order, so back, forward and a shared link
 * show the same page. The statements carry the time, so reruns on one database pass.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutcomes } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester } from './support/env';
import { passwordGrantToken, signIn } from './support/keycloak';
import { areaNavigationLink, waitForHeading } from './support/pages';

const prefix = `E2E paging ${Date.now()}`;
const statements = Array.from({ length: 55 }, (_, index) => `${prefix} outcome ${String(index + 1).padStart(2, '0')}`);
const firstPage = 'Showing 1 to 50 of 55 outcomes that match these filters';
const secondPage = 'Showing 51 to 55 of 55 outcomes that match these filters';

function shownStatements(page: Page): Promise<string[]> {
  return page.getByRole('table', { name: 'Outcomes' }).getByRole('link').allTextContents();
}

function pagination(page: Page) {
  return page.getByRole('navigation', { name: 'Pagination' });
}

function addressQuery(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

describe('an editor paging through the outcomes', () => {
  let session: Session;

  beforeAll(async () => {
    await createOutcomes(await passwordGrantToken('editor.manchester'), manchester.code, statements);
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('finds the first 50 on the first page, in the order asked for', async () => {
    const { page } = session;
    // An editor of one area lands on its page.
    await signIn(page, 'editor.manchester');
    await waitForHeading(page, manchester.name);
    await areaNavigationLink(page, manchester.name, 'Outcomes').click();
    await waitForHeading(page, 'Outcomes');
    await page.getByLabel('Search statements and descriptions').fill(prefix);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText(firstPage).waitFor();
    await page.getByRole('table', { name: 'Outcomes' }).getByRole('button', { name: /^Outcome/ }).click();

    await expect.poll(() => addressQuery(page)).toEqual({ q: prefix, sort: 'statement' });
    await expect.poll(() => shownStatements(page)).toEqual(statements.slice(0, 50));
    expect(await pagination(page).getByRole('link', { name: 'Page 1', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await pagination(page).getByRole('link', { name: 'Previous page' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('moves to the rest with Next, the address keeping the page, the filters and the order', async () => {
    const { page } = session;
    await pagination(page).getByRole('link', { name: 'Next page' }).click();

    await page.getByText(secondPage).waitFor();
    await expect.poll(() => shownStatements(page)).toEqual(statements.slice(50));
    expect(addressQuery(page)).toEqual({ q: prefix, sort: 'statement', page: '2' });
    expect(await pagination(page).getByRole('link', { name: 'Page 2', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await pagination(page).getByRole('link', { name: 'Next page' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('goes back and forward with the browser, and opens the same page from a shared link', async () => {
    const { page } = session;
    await page.goBack();
    await page.getByText(firstPage).waitFor();
    expect(addressQuery(page)).toEqual({ q: prefix, sort: 'statement' });
    await expect.poll(() => shownStatements(page)).toEqual(statements.slice(0, 50));

    await page.goForward();
    await page.getByText(secondPage).waitFor();
    await expect.poll(() => shownStatements(page)).toEqual(statements.slice(50));

    await page.goto(page.url());
    await waitForHeading(page, 'Outcomes');
    await page.getByText(secondPage).waitFor();
    await expect.poll(() => shownStatements(page)).toEqual(statements.slice(50));
    await expectNoAxeViolations(page);
  });

  it('goes back to the first page with Previous', async () => {
    const { page } = session;
    await pagination(page).getByRole('link', { name: 'Previous page' }).click();

    await page.getByText(firstPage).waitFor();
    await expect.poll(() => shownStatements(page)).toEqual(statements.slice(0, 50));
    expect(addressQuery(page)).toEqual({ q: prefix, sort: 'statement' });
    await expectNoAxeViolations(page);
  });
});

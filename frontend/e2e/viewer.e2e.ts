/**
 * A viewer of Wigan sees Wigan's records, no way to change them, and nothing of Manchester.
 * Needs the running stack with its demo data (Wigan and Manchester each have priorities).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPriorityTitles } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester, wigan } from './support/env';
import { passwordGrantToken, signIn } from './support/keycloak';
import { areaNavigationLink, goTo, waitForHeading } from './support/pages';

// Priority titles are links too, so links are matched on the whole name, buttons on the first word.
async function expectNoChangeControls(session: Session) {
  const { page } = session;
  expect(await page.getByRole('button', { name: /^(add|edit|archive|restore|save)\b/i }).count()).toBe(0);
  expect(await page.getByRole('link', { name: /^(add a priority|edit priority|edit)$/i }).count()).toBe(0);
}

describe('a viewer', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('signs in and goes straight to Wigan, their one area, and sees nothing of Manchester', async () => {
    const { page } = session;
    await signIn(page, 'viewer.wigan');

    await waitForHeading(page, wigan.name);
    expect(await page.getByText('Signed in as').textContent()).toMatch(/\(Viewer\)$/);
    await goTo(page, '/');
    await waitForHeading(page, wigan.name);
    expect(await page.getByRole('link', { name: manchester.name, exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('reads Wigan’s priorities with no way to change them', async () => {
    const { page } = session;
    await waitForHeading(page, wigan.name);
    const table = page.getByRole('table', { name: /^Priorities of / });
    await table.waitFor();
    await expectNoChangeControls(session);
    await expectNoAxeViolations(page);

    const firstPriority = table.getByRole('link').first();
    const title = (await firstPriority.textContent()) ?? '';
    await firstPriority.click();
    await waitForHeading(page, title);
    await page.getByRole('heading', { name: 'Actions' }).waitFor();
    await expectNoChangeControls(session);
    await expectNoAxeViolations(page);
  });

  it('reads Wigan’s outcomes, services and co-production with no way to change them', async () => {
    const { page } = session;
    const sections = [
      { link: 'Outcomes', heading: 'Outcomes', table: 'Outcomes' },
      { link: 'Services', heading: 'Services register', table: 'All services' },
      { link: 'Co-production', heading: 'Co-production', table: 'Co-production records' },
    ];
    for (const section of sections) {
      await areaNavigationLink(page, wigan.name, section.link).click();
      await waitForHeading(page, section.heading);
      const table = page.getByRole('table', { name: section.table });
      await table.waitFor();
      await expectNoChangeControls(session);
      await expectNoAxeViolations(page);

      const first = table.getByRole('link').first();
      const title = (await first.textContent()) ?? '';
      await first.click();
      await waitForHeading(page, title);
      await expectNoChangeControls(session);
      await expectNoAxeViolations(page);
    }

    await areaNavigationLink(page, wigan.name, 'You said, we did').click();
    await waitForHeading(page, 'You said, we did');
    await page.locator('.govuk-summary-card').first().waitFor();
    await expectNoChangeControls(session);
    await expectNoAxeViolations(page);
  });

  it('finds no Manchester page, and no Manchester priority on it', async () => {
    const { page } = session;
    const manchesterTitles = await listPriorityTitles(await passwordGrantToken('editor.manchester'), manchester.code);
    expect(manchesterTitles.length).toBeGreaterThan(0);

    await goTo(page, `/areas/${manchester.code}`);
    await waitForHeading(page, 'Page not found');
    const text = (await page.locator('body').textContent()) ?? '';
    for (const manchesterTitle of manchesterTitles) expect(text).not.toContain(manchesterTitle);
    expect(await page.getByRole('main').textContent()).not.toContain(manchester.name);
    await expectNoAxeViolations(page);
  });

  it('is turned away from the add forms of their own area', async () => {
    const { page } = session;
    await goTo(page, `/areas/${wigan.code}/priorities/new`);
    await waitForHeading(page, 'You cannot add priorities');
    expect(await page.getByLabel('Title', { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);

    for (const [path, heading] of [
      ['outcomes/new', 'You cannot add outcomes'],
      ['services/new', 'You cannot add services'],
      ['coproduction/new', 'You cannot add co-production records'],
    ]) {
      await goTo(page, `/areas/${wigan.code}/${path}`);
      await waitForHeading(page, heading);
      expect(await page.locator('main form').count()).toBe(0);
      await expectNoAxeViolations(page);
    }
  });

  it('signs out', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Sign out' }).click();
    await waitForHeading(page, 'You have signed out');
  });
});

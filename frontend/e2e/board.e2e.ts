/**
 * The SEND Board's view: an editor of Manchester makes a small chain of records through the API,
 * then finds it on the dashboard, traces it from need to voice, and reads the gap analysis and the
 * printable board report; a viewer of Wigan sees Wigan's dashboard and nothing of Manchester's.
 * Needs the running stack with its demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needLabel, type PrimaryNeed } from '@/lib/primary-needs';
import { expectNoAxeViolations } from './support/axe';
import { createBoardChain, getDashboard, getGapAnalysis, type BoardChain } from './support/board';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester, wigan } from './support/env';
import { passwordGrantToken, signIn } from './support/keycloak';
import { areaNavigationLink, goTo, waitForHeading } from './support/pages';

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

describe('the SEND Board’s view', () => {
  let session: Session;
  let chain: BoardChain;
  let firstNeed: PrimaryNeed | undefined;
  let closedShare: number | null;

  beforeAll(async () => {
    const token = await passwordGrantToken('editor.manchester');
    chain = await createBoardChain(token, manchester.code);
    firstNeed = (await getGapAnalysis(token, manchester.code)).needs.find((need) => need.rank === 1)?.need;
    closedShare = (await getDashboard(token, manchester.code)).coproductionClosedShare;
    session = await openBrowser();
    await signIn(session.page, 'editor.manchester');
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('shows the overdue action, the contract ending and the loops closed on the dashboard', async () => {
    const { page } = session;
    await goTo(page, `/areas/${manchester.code}`);
    await waitForHeading(page, manchester.name);
    await areaNavigationLink(page, manchester.name, 'Dashboard').click();
    await waitForHeading(page, 'Dashboard');

    const main = page.getByRole('main');
    await main.getByRole('cell', { name: chain.priority.actions[0].description }).waitFor();
    const contracts = main.getByRole('table', { name: 'Contracts ending in the next 6 months' });
    const contract = contracts.getByRole('row').filter({ hasText: chain.service.name });
    expect(await contract.textContent()).toContain(gbp.format(123456));
    expect(closedShare).not.toBeNull();
    expect(await main.textContent()).toContain(`${closedShare}% of the records have their loop closed`);
    expect(await main.getByRole('table', { name: 'Co-production in the last 12 months by kind' }).getByRole('rowheader', { name: 'Workshop' }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('traces the priority from need to voice', async () => {
    const { page } = session;
    await goTo(page, `/areas/${manchester.code}/priorities/${chain.priority.id}`);
    await waitForHeading(page, chain.priority.title);
    await page.getByRole('link', { name: 'Trace from need to voice' }).click();
    await waitForHeading(page, `${chain.priority.number}. ${chain.priority.title}`);

    const main = page.getByRole('main');
    await main.getByRole('link', { name: chain.service.name }).waitFor();
    await main.getByRole('link', { name: chain.coproduction.title }).waitFor();
    expect(await main.textContent()).toContain(`Total annual value${gbp.format(123456)}`);
    expect(await main.locator('.govuk-warning-text').textContent()).toContain('This priority has no measure');
    await expectNoAxeViolations(page);

    await main.getByRole('link', { name: chain.service.name }).click();
    await waitForHeading(page, chain.service.name);
    await page.getByRole('link', { name: 'Trace from need to voice' }).click();
    await waitForHeading(page, chain.service.name);
    await page.getByRole('main').getByRole('link', { name: `${chain.priority.number}. ${chain.priority.title}` }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('lists the broken chains, the new priority among those with no measure', async () => {
    const { page } = session;
    await areaNavigationLink(page, manchester.name, 'Traceability').click();
    await waitForHeading(page, 'Traceability');
    await page.getByRole('heading', { level: 2, name: /^Priorities with no measure \(\d+\)$/ }).waitFor();
    await page.getByRole('main').getByRole('link', { name: `${chain.priority.number}. ${chain.priority.title}` }).first().waitFor();
    await expectNoAxeViolations(page);
  });

  it('ranks the primary needs as the API does', async () => {
    const { page } = session;
    await areaNavigationLink(page, manchester.name, 'Gap analysis').click();
    await waitForHeading(page, 'Gap analysis');
    const table = page.getByRole('table', { name: 'Primary needs ranked by growth against provision' });
    const firstRow = table.locator('tbody tr').first();
    await firstRow.waitFor();
    expect(firstNeed).toBeDefined();
    expect(await firstRow.getByRole('cell', { name: needLabel(firstNeed ?? 'OTH'), exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('prints the board report without the navigation', async () => {
    const { page } = session;
    await areaNavigationLink(page, manchester.name, 'Board report').click();
    await waitForHeading(page, /^SEND Board report, /);
    const main = page.getByRole('main');
    for (const heading of ['Dashboard', 'Priorities', 'Gap analysis', 'You said, we did']) {
      await main.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    await main.getByRole('heading', { level: 3, name: `${chain.priority.number}. ${chain.priority.title}` }).waitFor();
    await main.getByRole('heading', { level: 3, name: chain.coproduction.title }).waitFor();
    await expectNoAxeViolations(page);

    const navigation = page.getByRole('navigation', { name: `${manchester.name} records` });
    expect(await navigation.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await navigation.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await main.getByRole('heading', { level: 2, name: 'Gap analysis', exact: true }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows a viewer of Wigan Wigan’s dashboard, and not Manchester’s', async () => {
    await closeBrowser(session);
    session = await openBrowser();
    const { page } = session;
    await signIn(page, 'viewer.wigan');

    await goTo(page, `/areas/${wigan.code}/dashboard`);
    await waitForHeading(page, 'Dashboard');
    await page.getByRole('table', { name: /^Priorities by status on / }).waitFor();
    await expectNoAxeViolations(page);

    await goTo(page, `/areas/${manchester.code}/dashboard`);
    await waitForHeading(page, 'Page not found');
    expect(await page.getByRole('main').textContent()).not.toContain(manchester.name);
    await goTo(page, `/areas/${manchester.code}/board-report`);
    await waitForHeading(page, 'Page not found');
    await expectNoAxeViolations(page);
  });
});

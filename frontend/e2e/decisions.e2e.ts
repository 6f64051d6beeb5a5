/**
 * An editor records a commissioning decision about a service, on the evidence of an indicator
 * and a co-production record, after fixing what the form refused, and finds it on the service's
 * page, in its trace, in the area's decisions log and in its history. Axe after every step.
 * Needs the running stack with its demo data (Manchester has services and co-production).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateLinkedChain, type LinkedChain } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester } from './support/env';
import { passwordGrantToken, signIn } from './support/keycloak';
import { areaNavigationLink, errorSummaryLinks, fillDate, goTo, successBanner, tableRows, waitForHeading } from './support/pages';

describe('an editor recording a commissioning decision', () => {
  let session: Session;
  let chain: LinkedChain;
  const decidedBy = `E2E SEND Board ${Date.now()}`;
  let indicatorName = '';

  beforeAll(async () => {
    chain = await findOrCreateLinkedChain(await passwordGrantToken('editor.manchester'), manchester.code);
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('opens the form from the service’s page, on that service', async () => {
    const { page } = session;
    await signIn(page, 'editor.manchester');
    await goTo(page, `/areas/${manchester.code}/services/${chain.service.id}`);
    await waitForHeading(page, chain.service.name);
    await page.getByRole('heading', { name: 'Decisions about this service' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Record a decision about this service' }).click();
    await waitForHeading(page, 'Record a commissioning decision');
    expect(await page.getByLabel('Service', { exact: true }).evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(
      chain.service.name,
    );
    await expectNoAxeViolations(page);
  });

  it('is told what is missing, then records the decision with its evidence chosen by name', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Save decision' }).click();
    expect(await errorSummaryLinks(page)).toEqual([
      'Enter the date the decision was taken',
      'Select what was decided',
      'Enter who took the decision, like the SEND Board',
    ]);
    await expectNoAxeViolations(page);

    await fillDate(page, 'Date decided', '2025-03-12');
    await page.getByLabel('Recommission', { exact: true }).check();
    await page.getByLabel('Decided by').fill(decidedBy);
    await page.getByLabel('Rationale').fill('Families told us short breaks are hard to find, and demand keeps growing.');
    const indicators = page.getByRole('group', { name: /Indicators it was taken on/ });
    const firstIndicator = indicators.getByRole('checkbox').first();
    indicatorName = (await indicators.locator('label').first().textContent())?.trim() ?? '';
    expect(indicatorName).not.toBe('');
    await firstIndicator.check();
    await page.getByRole('group', { name: /Co-production it was taken on/ }).getByLabel(chain.coproduction.title, { exact: true }).check();
    await page.getByRole('button', { name: 'Save decision' }).click();

    await waitForHeading(page, `Recommission: ${chain.service.name}`);
    expect(await successBanner(page)).toContain('Decision recorded');
    await page.getByRole('heading', { name: 'Indicators it was taken on' }).waitFor();
    expect(await page.getByRole('link', { name: indicatorName, exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: chain.coproduction.title, exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('sees the decision on the service’s page and in its trace', async () => {
    const { page } = session;
    await page.getByRole('link', { name: chain.service.name, exact: true }).first().click();
    await waitForHeading(page, chain.service.name);
    // The page may show the list it had before (any earlier decision) until its refetch lands.
    const recorded = `12 March 2025|Recommission ${chain.service.name}, 12 March 2025|${decidedBy}`;
    await expect.poll(async () => (await tableRows(page, 'Decisions about this service')).some((row) => row.join('|') === recorded)).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Trace from need to voice' }).click();
    await waitForHeading(page, chain.service.name);
    const traced = await tableRows(page, 'Commissioning decisions: the evidence, the decision and the service');
    const row = traced.find((cells) => cells[3] === decidedBy);
    expect(row?.[0]).toContain(indicatorName);
    expect(row?.[0]).toContain(chain.coproduction.title);
    expect(row?.[4]).toBe(chain.service.name);
    await expectNoAxeViolations(page);
  });

  it('finds it in the area’s decisions log and in its history', async () => {
    const { page } = session;
    await areaNavigationLink(page, manchester.name, 'Decisions').click();
    await waitForHeading(page, 'Commissioning decisions');
    await page.getByLabel('Search who decided and the rationale').fill(decidedBy);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('status').filter({ hasText: '1 decision matches these filters' }).waitFor();
    const rows = await tableRows(page, 'Commissioning decisions');
    expect(rows.slice(1).map((row) => row[3])).toEqual([decidedBy]);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: `Recommission ${chain.service.name}, 12 March 2025` }).click();
    await waitForHeading(page, `Recommission: ${chain.service.name}`);
    await page.getByRole('link', { name: /history/i }).click();
    await waitForHeading(page, `History of Recommission: ${chain.service.name}`);
    await page.getByText('Created', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page);
  });
});

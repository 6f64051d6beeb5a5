/**
 * An editor walks the links between records (priority -> service -> co-production -> priority),
 * adds a service after fixing what the API refused, and visits every page of the new record types.
 * Needs the running stack with its demo data (Manchester has services linked to its priorities).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateLinkedChain, type LinkedChain } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester } from './support/env';
import { passwordGrantToken, signIn } from './support/keycloak';
import { areaNavigationLink, errorSummaryLinks, goTo, ServiceForm, successBanner, waitForHeading } from './support/pages';

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function monthsFromToday(months: number): string {
  const date = new Date();
  date.setDate(1);
  date.setMonth(date.getMonth() + months);
  return isoDate(date);
}

describe('an editor following the links between records', () => {
  let session: Session;
  let chain: LinkedChain;
  const serviceName = `E2E service ${Date.now()}`;

  beforeAll(async () => {
    chain = await findOrCreateLinkedChain(await passwordGrantToken('editor.manchester'), manchester.code);
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('opens a priority that a service delivers', async () => {
    const { page } = session;
    await signIn(page, 'editor.manchester');
    await goTo(page, `/areas/${manchester.code}/priorities/${chain.priority.id}`);
    await waitForHeading(page, chain.priority.title);
    await page.getByRole('heading', { name: 'Services that deliver it' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('walks from the priority to the service, to the co-production that shaped it, and back', async () => {
    const { page } = session;
    await page.getByRole('link', { name: chain.service.name, exact: true }).click();
    await waitForHeading(page, chain.service.name);
    await page.getByRole('heading', { name: 'Priorities it delivers' }).waitFor();
    expect(await page.getByRole('link', { name: chain.priority.title }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: chain.coproduction.title, exact: true }).click();
    await waitForHeading(page, chain.coproduction.title);
    await page.getByRole('heading', { name: 'Priorities it shaped' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: chain.priority.title }).click();
    await waitForHeading(page, chain.priority.title);
    expect(new URL(page.url()).pathname).toBe(`/areas/${manchester.code}/priorities/${chain.priority.id}`);
    await page.getByRole('heading', { name: 'Co-production that shaped it' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('adds a service, fixing the contract end the API refused', async () => {
    const { page } = session;
    await areaNavigationLink(page, manchester.name, 'Services').click();
    await waitForHeading(page, 'Services register');
    await page.getByRole('button', { name: 'Add a service' }).click();
    await waitForHeading(page, 'Add a service');
    await expectNoAxeViolations(page);

    const form = new ServiceForm(page);
    await form.fill({
      name: serviceName,
      provider: 'E2E Provider Ltd',
      tier: 'Specialist',
      needs: ['ASD: Autistic spectrum disorder', 'SLCN: Speech, language and communication needs'],
      ageFrom: '5',
      ageTo: '18',
      annualValue: '450000.50',
      contractStart: monthsFromToday(-12),
      contractEnd: monthsFromToday(-13),
      reviewDate: monthsFromToday(2),
      status: 'Active',
      priorities: [chain.priority.title],
    });
    await form.save();

    expect(await errorSummaryLinks(page)).toContain('Contract end date must not be before contract start date');
    expect(await page.title()).toMatch(/^Error: /);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Contract end date must not be before contract start date' }).click();
    const contractEndDay = page.getByRole('group', { name: 'Contract end date' }).getByLabel('Day');
    expect(await contractEndDay.evaluate((box) => box === document.activeElement)).toBe(true);
    await form.fill({ contractEnd: monthsFromToday(3) });
    await form.save();

    await waitForHeading(page, serviceName);
    expect(await successBanner(page)).toContain('Service added');
    const summary = (await page.locator('.govuk-summary-list').first().textContent()) ?? '';
    expect(summary).toContain('ASD: Autistic spectrum disorder');
    expect(summary).toContain('5 to 18');
    expect(summary).toContain('£450,000.50');
    expect(await page.getByRole('link', { name: chain.priority.title }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('unlinks and links the new service from the priority’s side, and co-production from the service’s', async () => {
    const { page } = session;
    const priorityUrl = `/areas/${manchester.code}/priorities/${chain.priority.id}`;
    await goTo(page, priorityUrl);
    await waitForHeading(page, chain.priority.title);
    await page.getByRole('link', { name: 'Link services' }).click();
    await waitForHeading(page, 'Link services');
    const box = page.getByRole('checkbox', { name: serviceName, exact: true });
    expect(await box.isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await box.uncheck();
    await page.getByRole('button', { name: 'Save links' }).click();

    await waitForHeading(page, chain.priority.title);
    expect(await successBanner(page)).toContain('Services linked');
    expect(await page.getByRole('link', { name: serviceName, exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Link services' }).click();
    await waitForHeading(page, 'Link services');
    await page.getByRole('checkbox', { name: serviceName, exact: true }).check();
    await page.getByRole('button', { name: 'Save links' }).click();
    await waitForHeading(page, chain.priority.title);
    await page.getByRole('link', { name: serviceName, exact: true }).click();
    await waitForHeading(page, serviceName);
    expect(await page.getByRole('link', { name: chain.priority.title }).count()).toBe(1);

    await page.getByRole('link', { name: 'Link co-production' }).click();
    await waitForHeading(page, 'Link co-production');
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: chain.coproduction.title, exact: true }).check();
    await page.getByRole('button', { name: 'Save links' }).click();
    await waitForHeading(page, serviceName);
    expect(await successBanner(page)).toContain('Co-production linked');
    await page.getByRole('heading', { name: 'Co-production that shaped it' }).waitFor();
    expect(await page.getByRole('link', { name: chain.coproduction.title, exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('finds the new service among the contracts ending and reviews due in the register', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Services register' }).click();
    await waitForHeading(page, 'Services register');
    const contracts = page.getByRole('table', { name: 'Contracts ending in the next 6 months' });
    await contracts.getByRole('link', { name: serviceName }).waitFor();
    expect(await contracts.getByRole('row', { name: new RegExp(serviceName) }).textContent()).toContain('£450,000.50');
    await page.getByRole('table', { name: 'Reviews due in the next 6 months' }).getByRole('link', { name: serviceName }).waitFor();
    await page.getByRole('table', { name: 'All services' }).getByRole('link', { name: serviceName }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Provider', { exact: true }).fill('E2E Provider');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('status').filter({ hasText: /match these filters/ }).waitFor();
    expect(await page.getByRole('table', { name: 'All services' }).getByRole('link').allTextContents()).toContain(serviceName);
    await expectNoAxeViolations(page);
  });

  it('opens the service’s edit form and leaves it unchanged', async () => {
    const { page } = session;
    await page.getByRole('table', { name: 'All services' }).getByRole('link', { name: serviceName }).click();
    await waitForHeading(page, serviceName);
    await page.getByRole('button', { name: 'Edit service' }).click();
    await waitForHeading(page, 'Edit service');
    await expect.poll(() => new ServiceForm(page).name.inputValue()).toBe(serviceName);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await waitForHeading(page, serviceName);
  });

  it('visits the outcomes, the co-production records and you said, we did', async () => {
    const { page } = session;
    await areaNavigationLink(page, manchester.name, 'Outcomes').click();
    await waitForHeading(page, 'Outcomes');
    await page.getByRole('status').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Add an outcome' }).click();
    await waitForHeading(page, 'Add an outcome');
    await expectNoAxeViolations(page);
    // Indicators are chosen by name from the catalogue, several of them; no code is typed.
    const statement = `E2E outcome ${Date.now()}`;
    await page.getByLabel('Outcome statement').fill(statement);
    const picker = page.getByRole('combobox', { name: 'Add an indicator (optional)' });
    await picker.fill('EHC plans');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await expectNoAxeViolations(page);
    const first = (await page.getByRole('listbox').getByRole('option').first().locator('span').first().textContent()) ?? '';
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await picker.fill('attendance');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    const second = (await page.getByRole('listbox').getByRole('option').first().locator('span').first().textContent()) ?? '';
    await picker.press('ArrowDown');
    await picker.press('Enter');
    const chosen = page.getByRole('list', { name: 'Indicators that show progress' });
    expect(await chosen.getByRole('listitem').count()).toBe(2);
    expect(await chosen.textContent()).toContain(first);
    expect(await chosen.textContent()).toContain(second);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await waitForHeading(page, statement);
    expect(await successBanner(page)).toContain('Outcome added');

    await areaNavigationLink(page, manchester.name, 'Co-production').click();
    await waitForHeading(page, 'Co-production');
    await page.getByRole('table', { name: 'Co-production records' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Loop not closed (no feedback given yet)').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('status').filter({ hasText: /match these filters/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Add a co-production record' }).click();
    await waitForHeading(page, 'Add a co-production record');
    await expectNoAxeViolations(page);

    await areaNavigationLink(page, manchester.name, 'You said, we did').click();
    await waitForHeading(page, 'You said, we did');
    await page.locator('.govuk-summary-card').first().waitFor();
    expect(await page.locator('.govuk-summary-card').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });
});

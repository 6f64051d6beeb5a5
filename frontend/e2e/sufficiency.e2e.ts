/**
 * Sufficiency on the demo's real figures: Manchester's EHC plans by setting forecast to 2029/30,
 * first with no capacity recorded (the page says how to add it), then with a special school whose
 * places fall short of the forecast, and a scenario beside it; last, a decision recorded on the shortfall's
 * figures keeps them. Needs the running stack with its demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { createService } from './support/api';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester } from './support/env';
import { passwordGrantToken, signIn } from './support/keycloak';
import { fillDate, goTo, successBanner, tableRows, waitForHeading } from './support/pages';

describe('the sufficiency page', () => {
  let session: Session;
  let token: string;
  const schoolName = `Sufficiency test special school ${Date.now()}`;

  beforeAll(async () => {
    token = await passwordGrantToken('editor.manchester');
    session = await openBrowser();
    await signIn(session.page, 'editor.manchester');
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('forecasts Manchester’s plans by setting and says how to add capacity', async () => {
    const { page } = session;
    await goTo(page, `/areas/${manchester.code}`);
    await waitForHeading(page, manchester.name);
    await page.getByRole('link', { name: 'Sufficiency: EHC plans forecast against the capacity of services' }).click();
    await waitForHeading(page, 'Sufficiency');

    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'No service records its capacity yet' }).waitFor();
    const rows = await tableRows(page, 'Forecast against capacity: Special schools');
    expect(rows.map((row) => row[0])).toEqual(['Year', '2025/26', '2026/27', '2027/28', '2028/29', '2029/30']);
    expect(rows[1][4]).toBe('Not recorded');
    expect(await main.getByRole('img', { name: /^Forecast of EHC plans, Special schools/ }).count()).toBe(1);
    expect(await main.getByRole('rowheader', { name: 'Primary need: ASD' }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('lists a special school’s shortfall first and shows a scenario beside the forecast', async () => {
    await createService(token, manchester.code, {
      name: schoolName,
      tier: 'specialist',
      status: 'active',
      settings: ['special_school'],
      capacity: 1000,
      capacityUnit: 'places',
    });
    const { page } = session;
    await goTo(page, `/areas/${manchester.code}/sufficiency`);
    await waitForHeading(page, 'Sufficiency');
    const main = page.getByRole('main');
    const gap = main.getByRole('listitem').filter({ hasText: /^Special schools: short from 2025\/26/ });
    await gap.waitFor();

    await main.getByLabel('Setting for added places').selectOption({ label: 'Special schools' });
    await main.getByLabel('Places added').fill('5000');
    await main.getByRole('button', { name: 'Show scenario' }).click();
    await main.getByText('The scenario: 5,000 places added to special schools.').waitFor();
    const rows = await tableRows(page, 'Forecast against capacity: Special schools');
    expect(rows[0]).toContain('Scenario capacity');
    expect(rows[1][4]).toBe('1,000');
    expect(rows[1][7]).toBe('6,000');
    expect(rows[1][8]).toMatch(/to spare$/);
    await expectNoAxeViolations(page);
  });

  it('records a decision on the special schools’ figures, which the decision keeps', async () => {
    const { page } = session;
    await goTo(page, `/areas/${manchester.code}/sufficiency`);
    await waitForHeading(page, 'Sufficiency');
    const shown = await tableRows(page, 'Forecast against capacity: Special schools');
    const special = page.getByRole('region', { name: 'Special schools' });
    await special.getByRole('button', { name: 'Record a decision on this evidence' }).click();
    await waitForHeading(page, 'Record a commissioning decision');
    await expectNoAxeViolations(page);

    await page.getByLabel('Service', { exact: true }).selectOption({ label: schoolName });
    await fillDate(page, 'Date decided', new Date().toISOString().slice(0, 10));
    await page.getByLabel('Commission', { exact: true }).check();
    await page.getByLabel('Decided by').fill('E2E SEND Board');
    await page.getByRole('button', { name: 'Save decision' }).click();
    expect(await successBanner(page)).toContain('Decision recorded');
    const kept = await tableRows(page, /^Forecast of .*Special schools the decision relied on$/);
    // Year and forecast as the sufficiency page showed them (there to the whole plan, here to one decimal place).
    const figure = (text: string) => Number(text.replace(/,/g, ''));
    expect(kept.slice(1).map((row) => row[0])).toEqual(shown.slice(1).map((row) => row[0]));
    kept.slice(1).forEach((row, index) => expect(Math.abs(figure(row[1]) - figure(shown[index + 1][1]))).toBeLessThanOrEqual(0.5));
    await expectNoAxeViolations(page);
  });
});

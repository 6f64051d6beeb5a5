/**
 * Sufficiency on the demo's real figures: Manchester's EHC plans by setting forecast to 2029/30,
 * first with no capacity recorded (the page says how to add it), then with a special school whose
 * places fall short of the forecast, and a scenario beside it. Needs the running stack with its demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { createService } from './support/api';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester } from './support/env';
import { passwordGrantToken, signIn } from './support/keycloak';
import { goTo, tableRows, waitForHeading } from './support/pages';

describe('the sufficiency page', () => {
  let session: Session;
  let token: string;

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
      name: `Sufficiency test special school ${Date.now()}`,
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
});

/**
 * An administrator imports a real extract of DfE's EHC plans release, as downloaded from Explore
 * Education Statistics, with the demo's saved mapping: sees the file's columns, the dry run's
 * counts and preview, imports it, and every step passes axe and fits a 320 px wide screen.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { signIn } from './support/keycloak';
import { goTo, tableRows, waitForHeading } from './support/pages';

const extract = fileURLToPath(new URL('./fixtures/caseload-extract.csv', import.meta.url));
const heading = 'Import an Explore Education Statistics file';

/** "1,234" in a text as 1234. */
const numberIn = (text: string) => Number(text.replace(/,/g, ''));

/** The step passes axe, and at 320 px wide the page does not scroll sideways (WCAG 1.4.10); wide tables scroll in their own region. */
async function checkStep(page: Page) {
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('an administrator importing an EES file', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('finds the page from the indicator import page', async () => {
    const { page } = session;
    await signIn(page, 'admin');
    await goTo(page, '/indicators/import');
    await waitForHeading(page, 'Import indicator values');
    await page.getByRole('main').getByRole('link', { name: heading }).click();
    await waitForHeading(page, heading);
    await checkStep(page);
  });

  it('uploads the extract and sees its columns with their values', async () => {
    const { page } = session;
    await page.getByLabel('Upload an EES open-data CSV file').setInputFiles(extract);
    const rows = await tableRows(page, 'Columns in caseload-extract.csv');
    expect(rows[0]).toEqual(['Column', 'What it holds', 'Values in the first rows']);
    // The file starts with a byte order mark, which is not part of the first column's name.
    expect(rows[1]).toEqual(['time_period', 'When (the period)', '202324, 202425']);
    expect(rows.find(([column]) => column === 'breakdown_topic')).toEqual(['breakdown_topic', 'Filter (which rows)', 'All EHC plans, Sex']);
    expect(rows.find(([column]) => column === 'ehcplans')?.[1]).toBe('Figures');
    await page.getByText('60 columns, 27 rows.').waitFor();
    await checkStep(page);
  });

  it('checks it with the saved mapping and sees what it would import', async () => {
    const { page } = session;
    await page.getByRole('radio', { name: /^EHC plans by setting and sex/ }).check();
    await page.getByRole('button', { name: 'Check the file' }).click();

    const checked = page.getByRole('region', { name: 'The file can be imported' });
    await checked.waitFor({ timeout: 60_000 });
    const made = /made ([\d,]+) values/.exec((await checked.textContent()) ?? '');
    expect(made).not.toBeNull();
    const values = numberIn(made?.[1] ?? '0');
    expect(values).toBeGreaterThan(0);
    const counts = (await checked.locator('.sendhub-counts__figure').allTextContents()).map(numberIn);
    expect(counts).toHaveLength(3);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(values);

    const preview = await tableRows(page, 'The first values, as they would be stored');
    expect(preview[0]).toEqual(['Indicator', 'Place', 'Period', 'Breakdown', 'Value']);
    expect(preview.length).toBeGreaterThan(1);
    expect(preview.slice(1).some(([, place, period, breakdown]) => place === 'England' && period === '2023/24' && breakdown === 'All (headline figure)')).toBe(true);
    // The mapping makes setting columns categories, and percentages carry what they are of.
    expect(preview.slice(1).some(([, , , breakdown]) => breakdown === 'Setting: Special schools')).toBe(true);
    expect(preview.slice(1).some(([indicator, , , , value]) => indicator === 'EHC plans by type of setting (%)' && / of [\d,]+\)$/.test(value))).toBe(true);
    await checkStep(page);
  });

  it('imports it and is told what changed', async () => {
    const { page } = session;
    const button = page.getByRole('button', { name: /^Import [\d,]+ values$/ });
    const values = numberIn(/[\d,]+/.exec((await button.textContent()) ?? '')?.[0] ?? '0');
    await button.click();
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.textContent()).toContain(`${values.toLocaleString('en-GB')} values imported`);
    await banner.getByRole('link', { name: 'EHC plans (as at January)', exact: true }).waitFor();
    await checkStep(page);
  });
});

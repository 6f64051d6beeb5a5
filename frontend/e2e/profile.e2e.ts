/**
 * A viewer and an analyst read Manchester's area profile on the demo data (DfE's EHC plans
 * release): its 20-week timeliness is 63.5% and better than England's; the filter "worse than
 * England and getting worse" keeps only such rows and goes in the address; a row opens the
 * indicator in the explorer; every view passes axe and fits a 320 px wide screen.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester } from './support/env';
import { parseCsv } from './support/indicators';
import { signIn } from './support/keycloak';
import { goTo, waitForHeading } from './support/pages';

const profilePath = `/places/${manchester.code}/profile`;
const heading = `${manchester.name} area profile`;
/** The name of ehcp_issued_within_20_weeks in the demo catalogue (backend/src/main/resources/demo/indicators.json). */
const timeliness = 'EHC plans issued within 20 weeks (%)';
const filter = 'Only show indicators worse than England and getting worse';

function profileTable(page: Page): Locator {
  return page.getByRole('table', { name: new RegExp(`^${manchester.name} compared, at`) });
}

/** The row of an indicator: its name is the start of the row's text (the "excluding exceptions" one starts differently). */
function rowOf(page: Page, indicator: string): Locator {
  return profileTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: indicator, exact: true }) });
}

/** The page passes axe, and at 320 px wide it does not scroll sideways (WCAG 1.4.10): each row stacks. */
async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function applyChoices(page: Page) {
  await page.getByRole('button', { name: 'Apply filters' }).click();
}

/** What both users see: the demo's timeliness, the filter, the explorer from a row, axe and reflow throughout. */
async function readsManchestersProfile(page: Page) {
  await goTo(page, profilePath);
  await waitForHeading(page, heading);
  await profileTable(page).waitFor();

  const row = rowOf(page, timeliness);
  expect(await row.count()).toBe(1);
  const cells = row.getByRole('cell');
  // Cells in order: Manchester, England, North West, neighbours, rank, trend, spread.
  expect(await cells.nth(0).textContent()).toContain('63.5%');
  expect(await cells.nth(1).getByText('Better than England', { exact: true }).count()).toBe(1);
  expect(await row.getByText('Better than England', { exact: true }).getAttribute('class')).toContain('govuk-tag--green');
  expect(await row.locator('svg [data-place]').getAttribute('fill')).toBe('#0f7a52');
  expect(await cells.nth(6).textContent()).toMatch(/Local authorities in 2024: lowest [\d.]+%, 25th percentile [\d.]+%/);
  await checkPage(page);

  const all = await profileTable(page).locator('tbody tr').count();
  await page.getByLabel(filter).check();
  await applyChoices(page);
  await page.waitForURL(/only=worse-and-worsening/);
  const status = page.getByRole('status').filter({ hasText: /indicators/ });
  await expect.poll(() => status.textContent()).toMatch(/^\d+ of [\d,]+ indicators: those where Manchester is worse than England and getting worse\.$/);
  const kept = Number(/^(\d+) of/.exec((await status.textContent()) ?? '')?.[1]);
  expect(kept).toBeLessThan(all);
  if (kept > 0) {
    for (const keptRow of await profileTable(page).locator('tbody tr').all()) {
      expect(await keptRow.getByText('Worse than England', { exact: true }).count()).toBe(1);
      expect(await keptRow.textContent()).toContain('getting worse');
    }
  } else {
    await page.getByText('No indicator is worse than England and getting worse.').waitFor();
  }
  expect(await rowOf(page, timeliness).count()).toBe(0);
  await checkPage(page);

  await page.getByLabel(filter).uncheck();
  await applyChoices(page);
  await expect.poll(() => profileTable(page).locator('tbody tr').count()).toBe(all);

  await rowOf(page, timeliness).getByRole('link', { name: timeliness, exact: true }).click();
  await waitForHeading(page, timeliness);
  const params = new URL(page.url()).searchParams;
  expect(params.get('indicator')).toBe('ehcp_issued_within_20_weeks');
  expect(params.getAll('area')).toEqual([manchester.code]);
  expect(params.getAll('compare')).toEqual(['england', 'region', 'neighbours']);
  await page.getByRole('table', { name: /values by period/ }).waitFor();
  await page.getByRole('link', { name: `Area profile: how ${manchester.name} compares` }).waitFor();
  await expectNoAxeViolations(page);
}

describe('a viewer', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('reads Manchester’s profile, filters it and opens a row in the explorer', async () => {
    const { page } = session;
    await signIn(page, 'viewer.wigan');
    await readsManchestersProfile(page);
  });
});

describe('an analyst', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('reads Manchester’s profile, filters it and opens a row in the explorer', async () => {
    const { page } = session;
    await signIn(page, 'analyst.icb');
    await readsManchestersProfile(page);
  });

  it('reaches the profile from the area page, compares at 99.8% and downloads the profile as CSV', async () => {
    const { page } = session;
    await goTo(page, `/areas/${manchester.code}`);
    await waitForHeading(page, manchester.name);
    await page.getByRole('link', { name: `Area profile: how ${manchester.name} compares` }).click();
    await waitForHeading(page, heading);

    await page.getByLabel('99.8%').check();
    await applyChoices(page);
    await page.waitForURL(/confidence=99\.8/);
    await page.getByRole('table', { name: `${manchester.name} compared, at 99.8% confidence` }).waitFor();
    expect(await rowOf(page, timeliness).getByRole('cell').first().textContent()).toContain('63.5%');
    await checkPage(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the profile (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));
    const row = csv.find((line) => line.indicator_code === 'ehcp_issued_within_20_weeks' && line.category === 'total');
    expect(row).toMatchObject({ area_code: manchester.code, value: '63.5', confidence_level: '99.8', compared_to_england: 'better' });
    expect(csv).toHaveLength(await profileTable(page).locator('tbody tr').count());
  });
});

/**
 * An analyst explores indicators across areas and downloads what they see, and benchmarks
 * Manchester on a demo indicator against England, its region and its statistical neighbours; an
 * editor sees how a priority's measures are doing. Makes its own indicator with a three-year
 * series through the API.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester, wigan } from './support/env';
import { createIndicatorWithSeries, createPriorityMeasuredBy, createPublishedIndicator, findBrokenDownIndicator, parseCsv } from './support/indicators';
import { passwordGrantToken, signIn } from './support/keycloak';
import { goTo, literal, tableRows, waitForHeading } from './support/pages';
import { todayIso } from '@/lib/dates';

/** "62.5% (60% to 65%)" as 62.5. */
function numberIn(cell: string): number {
  return Number(/-?[\d,]+(\.\d+)?/.exec(cell)?.[0].replace(/,/g, ''));
}

let series: Awaited<ReturnType<typeof createIndicatorWithSeries>>;

beforeAll(async () => {
  series = await createIndicatorWithSeries(await passwordGrantToken('admin'), [manchester.code, wigan.code]);
});

describe('an analyst', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('opens the explorer from the header and chooses an indicator and two areas', async () => {
    const { page } = session;
    await signIn(page, 'analyst.icb');
    await page.getByRole('link', { name: 'Indicators', exact: true }).click();
    await waitForHeading(page, 'Explore indicators');
    await expectNoAxeViolations(page);

    await page.getByLabel('Indicator', { exact: true }).selectOption({ label: series.name });
    const areas = page.getByRole('group', { name: 'Places' });
    for (const checkbox of await areas.getByRole('checkbox').all()) await checkbox.uncheck();
    await areas.getByLabel(manchester.name, { exact: true }).check();
    await areas.getByLabel(wigan.name, { exact: true }).check();
    await page.getByRole('button', { name: 'Show indicator' }).click();

    await waitForHeading(page, series.name);
    expect(new URL(page.url()).searchParams.getAll('area')).toEqual([manchester.code, wigan.code]);
    await page.getByRole('img', { name: /^Line chart:/ }).waitFor();
    expect(await page.getByRole('img', { name: /^Line chart:/ }).locator('[data-point]').count()).toBe(6);
    await page.getByRole('img', { name: /^Bar chart:/ }).waitFor();
    expect(await page.getByText('Higher is better').count()).toBe(1);
    const glance = page.getByRole('region', { name: `${manchester.name} at a glance` });
    await glance.getByText('Recent trend: not enough data to tell.').waitFor();
    // The test's own indicator has no figure for England, the region or the neighbours: they are named, not drawn.
    await page.getByText("No figures for England, North West or Manchester's statistical neighbours for this indicator.").waitFor();

    const rows = await tableRows(page, /values by period/);
    expect(rows).toEqual([
      ['Period', manchester.name, wigan.name],
      ...['2021', '2022', '2023'].map((year) => [year, `${series.values[manchester.code][year]}%`, `${series.values[wigan.code][year]}%`]),
    ]);
    await expectNoAxeViolations(page);
  });

  it('downloads a CSV with exactly the rows of the table', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));

    const [header, ...body] = await tableRows(page, /values by period/);
    const shown = body.flatMap(([period, ...cells]) =>
      cells.map((cell, index) => ({ area: header[index + 1], period, value: numberIn(cell) })),
    );
    const downloaded = csv.map((row) => ({ area: row.area_name, period: row.period, value: Number(row.value) }));
    const order = (a: { area: string; period: string }, b: { area: string; period: string }) => `${a.area}${a.period}`.localeCompare(`${b.area}${b.period}`);
    expect(downloaded.sort(order)).toEqual(shown.sort(order));
    expect(new Set(csv.map((row) => row.indicator_code))).toEqual(new Set([series.code]));
    await page.getByText(`Downloaded ${download.suggestedFilename()}.`).waitFor();
    await expectNoAxeViolations(page);
  });

  it('sees a demo indicator by its categories', async () => {
    const { page } = session;
    const found = await findBrokenDownIndicator(await passwordGrantToken('analyst.icb'), wigan.code);
    if (!found) throw new Error('the demo data has no indicator with a breakdown for Wigan');
    await goTo(page, `/indicators?indicator=${found.indicator.code}&area=${wigan.code}&breakdown=${found.breakdown}`);
    await waitForHeading(page, found.indicator.name);

    const breakdownTable = page.getByRole('table', { name: new RegExp(`^${literal(found.indicator.name)} by `) });
    await breakdownTable.waitFor();
    expect(await page.getByRole('img', { name: new RegExp(`^Bar chart: ${literal(found.indicator.name)} by `) }).locator('[data-bar]').count()).toBe(
      (await breakdownTable.locator('tbody tr').count()),
    );
    await page.getByRole('table', { name: /values by period/ }).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe('an analyst benchmarking Manchester on a demo indicator', () => {
  const indicatorName = 'EHC plans issued within 20 weeks (%)';
  const bournemouth = 'Bournemouth';
  const neighboursMean = "Statistical neighbours' mean";
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('sees Manchester beside England, North West and its neighbours’ mean, with intervals, and a place without figures named', async () => {
    const { page } = session;
    await signIn(page, 'analyst.icb');
    await goTo(page, `/indicators?indicator=ehcp_issued_within_20_weeks&area=${manchester.code}`);
    await waitForHeading(page, indicatorName);

    // Bournemouth (replaced in 2019) has no figure for it: picked, it is named, not silently dropped.
    await page.getByLabel('Find another place').fill(bournemouth);
    await page.getByLabel('Find another place').press('Enter');
    await page.getByRole('group', { name: `Results for “${bournemouth}”` }).getByLabel(bournemouth, { exact: true }).check();
    await page.getByRole('button', { name: 'Show indicator' }).click();
    await page.waitForURL(/area=E06000028/);

    await page.getByText(`No figures for ${bournemouth} for this indicator.`).waitFor();
    const chart = page.getByRole('img', { name: /^Line chart:/ });
    await chart.waitFor();
    const lines = await chart.locator('[data-series]').evaluateAll((groups) =>
      groups.map((group) => ({
        name: group.getAttribute('data-series'),
        points: group.querySelectorAll('[data-point]').length,
        intervals: group.querySelectorAll('[data-ci]').length,
      })),
    );
    expect(lines.map((line) => line.name)).toEqual([manchester.name, 'England', 'North West', neighboursMean]);
    expect(lines.find((line) => line.name === manchester.name)).toEqual({ name: manchester.name, points: 6, intervals: 6 });
    expect(lines.every((line) => line.points === 6)).toBe(true);

    const rows = await tableRows(page, /values by period \(95% confidence interval in brackets\)/);
    expect(rows[0]).toEqual(['Period', manchester.name, 'England', 'North West', neighboursMean]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(rows.at(-1)?.[1]).toMatch(/^63\.5% \(\d+(\.\d+)?% to \d+(\.\d+)?%\)$/);
    expect(rows.at(-1)?.[4]).toMatch(/^\d+(\.\d+)?%mean of \d+ neighbours$/);

    const glance = page.getByRole('region', { name: `${manchester.name} at a glance` });
    expect(await glance.textContent()).toContain('Manchester: 63.5% in 2024, better than England (45.9%)');
    expect(await glance.textContent()).toMatch(/Recent trend: /);
    await expectNoAxeViolations(page);
  });

  it('downloads exactly the figures shown, named for the indicator, the place and the day', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`ehcp-issued-within-20-weeks_manchester_${todayIso()}.csv`);
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));

    const [header, ...body] = await tableRows(page, /values by period/);
    const shown = body.flatMap(([period, ...cells]) => cells.map((cell, index) => `${header[index + 1]} ${period} ${numberIn(cell)}`));
    expect(csv.map((row) => `${row.area_name} ${row.period} ${Number(row.value)}`).sort()).toEqual(shown.sort());
    const manchester2024 = csv.find((row) => row.area_code === manchester.code && row.period === '2024');
    expect(manchester2024).toMatchObject({ value: '63.5', ci_95_method: 'wilson', role: 'place' });
    expect(Number(manchester2024?.lower_ci_95)).toBeLessThan(63.5);
    expect(Number(manchester2024?.upper_ci_95)).toBeGreaterThan(63.5);
    expect(csv.filter((row) => row.role === 'neighbours_mean').every((row) => Number(row.neighbours_in_mean) > 0)).toBe(true);
    await page.getByText(`Downloaded ${download.suggestedFilename()}.`).waitFor();
  });

  it('reads at 320 px wide with nothing but the wide table’s own box scrolling sideways', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    await page.reload();
    await waitForHeading(page, indicatorName);
    await page.getByRole('table', { name: /values by period/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('an editor', () => {
  let session: Session;
  let priority: { id: string; title: string };

  beforeAll(async () => {
    session = await openBrowser();
    priority = await createPriorityMeasuredBy(await passwordGrantToken('editor.manchester'), manchester.code, series.code);
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('sees how a priority’s measures are doing, and opens the indicator from there', async () => {
    const { page } = session;
    await signIn(page, 'editor.manchester');
    await goTo(page, `/areas/${manchester.code}/priorities/${priority.id}`);
    await waitForHeading(page, priority.title);

    const measures = page.getByRole('table', { name: 'How we will know' });
    const row = measures.getByRole('row', { name: /Pupils in good schools/ });
    await row.getByText(`${series.values[manchester.code]['2023']}% (2023)`).waitFor();
    expect(await row.textContent()).toContain('60%by 31 March 2027');
    await row.getByText('Improving', { exact: true }).waitFor();
    await row.getByText('On target', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: series.name }).click();
    await waitForHeading(page, series.name);
    expect(await tableRows(page, /values by period/)).toEqual([
      ['Period', manchester.name],
      ...['2021', '2022', '2023'].map((year) => [year, `${series.values[manchester.code][year]}%`]),
    ]);
    await expectNoAxeViolations(page);
  });
});

describe('a viewer of one area', () => {
  const stockport = { code: 'E08000007', name: 'Stockport' };
  const england = { code: 'E92000001', name: 'England' };
  let session: Session;
  let published: Awaited<ReturnType<typeof createPublishedIndicator>>;

  beforeAll(async () => {
    session = await openBrowser();
    published = await createPublishedIndicator(await passwordGrantToken('admin'), [wigan.code, stockport.code, england.code], stockport.code);
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('finds any place of England by name, compares it with England and the neighbours, and sees a withheld figure as withheld', async () => {
    const { page } = session;
    await signIn(page, 'viewer.wigan');
    await goTo(page, `/indicators?indicator=${published.code}`);
    await waitForHeading(page, published.name);
    await page.getByText(/Everyone signed in, for every place/).waitFor();

    await page.getByLabel('Find another place').fill('Stockport');
    await page.getByLabel('Find another place').press('Enter');
    await page.getByRole('status').filter({ hasText: /match(es)? “Stockport”/ }).waitFor();
    await page.getByRole('group', { name: 'Results for “Stockport”' }).getByLabel(stockport.name, { exact: true }).check();
    // England, the region and the neighbours' mean are compared by default.
    const compare = page.getByRole('group', { name: `Compare ${wigan.name} with` });
    expect(await compare.getByLabel('England', { exact: true }).isChecked()).toBe(true);
    expect(await compare.getByLabel(/statistical neighbours/).isChecked()).toBe(true);
    await compare.getByLabel(/its region/).uncheck();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Show indicator' }).click();

    await page.waitForURL(/compare=/);
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('area')).toEqual([wigan.code, stockport.code]);
    expect(params.getAll('compare')).toEqual(['england', 'neighbours']);
    const withheld = 'withheld (c: confidential)';
    // The table of Wigan alone may still be there until the new figures arrive: wait for Stockport's column.
    await page.getByRole('table', { name: /values by period/ }).locator('th', { hasText: stockport.name }).waitFor();
    expect(await tableRows(page, /values by period/)).toEqual([
      ['Period', wigan.name, stockport.name, england.name],
      ['2022', ...[wigan, stockport, england].map((place) => `${published.values[place.code]['2022']}%`)],
      ['2023', `${published.values[wigan.code]['2023']}%`, withheld, `${published.values[england.code]['2023']}%`],
    ]);
    expect(await tableRows(page, /latest figure of each/)).toContainEqual([stockport.name, '2023', withheld]);
    expect(await page.getByText(/not all for the same period/).count()).toBe(0);
    expect(await page.getByRole('img', { name: /^Line chart:/ }).locator('[data-point]').count()).toBe(5);
    await expectNoAxeViolations(page);

    // A bookmark opens the same view, and at 320 px wide nothing but the wide table's own box scrolls sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    await page.reload();
    await waitForHeading(page, published.name);
    await page.getByRole('table', { name: /values by period/ }).waitFor();
    expect(await page.getByRole('group', { name: 'Places' }).getByLabel(stockport.name, { exact: true }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

/**
 * An admin keeps the indicator catalogue through its forms (add, a change the API refuses and
 * then takes, archive, restore); a viewer and an analyst read it with no way to change it or to
 * import; an editor imports values from a CSV: a file with bad rows writes nothing, a good one is
 * checked, imported and shown in the explorer. Codes carry the time, so reruns on one database pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester, wigan } from './support/env';
import { createIndicator, csvHeader, listIndicatorValues } from './support/indicators';
import { passwordGrantToken, signIn } from './support/keycloak';
import { IndicatorForm, errorSummaryLinks, goTo, successBanner, tableRows, waitForHeading } from './support/pages';

const stamp = Date.now();

describe('an administrator', () => {
  let session: Session;
  const code = `e2e_catalogue_${stamp}`;
  const name = `E2E children heard ${stamp}`;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('adds an indicator through the form and finds it in the catalogue', async () => {
    const { page } = session;
    await signIn(page, 'admin');
    await page.getByRole('link', { name: 'Indicators', exact: true }).click();
    await waitForHeading(page, 'Explore indicators');
    await page.getByRole('link', { name: 'Indicator catalogue' }).click();
    await waitForHeading(page, 'Indicator catalogue');
    await page.getByRole('table', { name: 'Indicator catalogue' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Add an indicator' }).click();
    await waitForHeading(page, 'Add an indicator');
    await expectNoAxeViolations(page);
    const form = new IndicatorForm(page);
    await form.fill({
      code,
      name,
      definition: 'Children and young people who say they are heard, as a share of those asked',
      unit: 'Percentage (%)',
      polarity: 'Higher is better',
      source: 'E2E survey',
      breakdowns: ['sex'],
    });
    await form.save();

    await waitForHeading(page, name);
    expect(await successBanner(page)).toContain('Indicator added');
    expect(await page.getByRole('main').textContent()).toContain('E2E survey');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Indicator catalogue' }).click();
    await waitForHeading(page, 'Indicator catalogue');
    await page.getByLabel('Search codes, names and definitions').fill(code);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('1 indicator matches these filters').waitFor();
    expect(await tableRows(page, 'Indicator catalogue')).toEqual([
      ['Code▲', 'Name⇅', 'Unit', 'Polarity', 'Breakdowns'],
      [code, name, 'Percentage (%)', 'Higher is better', 'Sex'],
    ]);
    await expectNoAxeViolations(page);
  });

  it('edits it, first seeing what the API refuses', async () => {
    const { page } = session;
    await page.getByRole('table', { name: 'Indicator catalogue' }).getByRole('link', { name }).click();
    await waitForHeading(page, name);
    await page.getByRole('button', { name: 'Edit indicator' }).click();
    await waitForHeading(page, 'Edit indicator');
    const form = new IndicatorForm(page);
    await form.waitUntilLoaded(name);
    expect(await page.getByLabel('Code', { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await form.fill({ breakdowns: ['sex', 'Primary need'] });
    await form.save();
    expect(await errorSummaryLinks(page)).toEqual(['Breakdown 2 must be lower case letters, digits and _']);
    await page.getByText('Error: Breakdown 2 must be lower case letters, digits and _').waitFor();
    await expectNoAxeViolations(page);

    await form.fill({ name: `${name} (edited)`, breakdowns: ['sex', 'primary_need'] });
    await form.save();
    await waitForHeading(page, `${name} (edited)`);
    expect(await successBanner(page)).toContain('Indicator saved');
    expect(await page.getByRole('main').textContent()).toContain('Sex, Primary need');
    await expectNoAxeViolations(page);
  });

  it('archives it, so that it leaves the catalogue’s list, and restores it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Archive indicator' }).click();
    await page.getByRole('button', { name: 'Yes, archive this indicator' }).click();
    await page.getByRole('button', { name: 'Restore indicator' }).waitFor();
    expect(await successBanner(page)).toContain('Indicator archived');
    await page.locator('main .govuk-tag', { hasText: 'Archived' }).waitFor();
    await expectNoAxeViolations(page);

    await goTo(page, `/indicators/catalogue?q=${code}`);
    await page.getByText('No indicators match these filters.').waitFor();
    await page.getByLabel('Show archived').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const catalogue = page.getByRole('table', { name: 'Indicator catalogue' });
    await catalogue.getByText('Archived', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    await catalogue.getByRole('link', { name: `${name} (edited)` }).click();
    await waitForHeading(page, `${name} (edited)`);
    await page.getByRole('button', { name: 'Restore indicator' }).click();
    await page.getByRole('button', { name: 'Archive indicator' }).waitFor();
    expect(await successBanner(page)).toContain('Indicator restored');
    expect(await page.locator('main .govuk-tag', { hasText: 'Archived' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});

describe.each(['viewer.wigan', 'analyst.icb'])('%s', (username) => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('reads the catalogue with no way to change it, and is offered no import', async () => {
    const { page } = session;
    await signIn(page, username);
    await goTo(page, '/indicators');
    await waitForHeading(page, 'Explore indicators');
    expect(await page.getByRole('link', { name: 'Import indicator values' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Indicator catalogue' }).click();
    await waitForHeading(page, 'Indicator catalogue');
    const catalogue = page.getByRole('table', { name: 'Indicator catalogue' });
    await catalogue.waitFor();
    expect(await page.getByRole('button', { name: 'Add an indicator' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Import indicator values' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    const first = catalogue.getByRole('link').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await waitForHeading(page, title);
    await page.getByRole('link', { name: 'Explore its values' }).waitFor();
    expect(await page.getByRole('button', { name: /^(edit|archive|restore)\b/i }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('is turned away from the add form and the import', async () => {
    const { page } = session;
    await goTo(page, '/indicators/new');
    await waitForHeading(page, 'You cannot add indicators');
    expect(await page.locator('main form').count()).toBe(0);
    await expectNoAxeViolations(page);

    await goTo(page, '/indicators/import');
    await waitForHeading(page, 'You cannot import indicator values');
    expect(await page.locator('main form').count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});

describe('an editor', () => {
  let session: Session;
  const code = `e2e_import_${stamp}`;
  const name = `E2E imported pupils ${stamp}`;
  const row = (area: string, year: string, value: string) => `${code},,${area},,${year},${year}-01-01,total,total,${value},,,,,percent,`;
  const asFile = (rows: string[]) => ({ name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(`${[csvHeader, ...rows].join('\n')}\n`) });

  beforeAll(async () => {
    session = await openBrowser();
    await createIndicator(await passwordGrantToken('admin'), code, name);
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('sees every bad row of a file, and that nothing of it was imported', async () => {
    const { page } = session;
    await signIn(page, 'editor.manchester');
    await goTo(page, '/indicators');
    await waitForHeading(page, 'Explore indicators');
    await page.getByRole('link', { name: 'Import indicator values' }).click();
    await waitForHeading(page, 'Import indicator values');
    await page.getByText(`You may import values for ${manchester.name}.`, { exact: false }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Upload a CSV file').setInputFiles(asFile([row(manchester.code, '2021', '55.5'), row(wigan.code, '2022', '57'), row(manchester.code, '2023', 'lots')]));
    await page.getByRole('button', { name: 'Check file' }).click();

    expect(await errorSummaryLinks(page)).toEqual(['The file has 2 problems, listed below. Nothing was imported: fix them and upload the whole file again']);
    const [head, ...problems] = await tableRows(page, 'Problems in the file');
    expect(head).toEqual(['Line', 'Column', 'Problem']);
    expect(problems.map(([line, column]) => [line, column])).toEqual([
      ['3', 'area_code'],
      ['4', 'value'],
    ]);
    expect(problems[0][2]).toContain('is not one of your areas');
    await expectNoAxeViolations(page);
    expect(await listIndicatorValues(await passwordGrantToken('editor.manchester'), code, manchester.code)).toEqual([]);
  });

  it('checks a good file, imports it and finds its values in the explorer', async () => {
    const { page } = session;
    const values = { '2021': '55.5', '2022': '60', '2023': '62.5' };
    await page
      .getByLabel('Upload a CSV file')
      .setInputFiles(asFile(Object.entries(values).map(([year, value]) => row(manchester.code, year, value))));
    await page.getByRole('button', { name: 'Check file' }).click();

    const checked = page.getByRole('region', { name: 'The file can be imported' });
    await checked.waitFor();
    expect(await checked.textContent()).toContain('3 rows: 3 new, 0 changed, 0 unchanged.');
    expect(await checked.textContent()).toContain(`${manchester.name} (${manchester.code})`);
    expect(await checked.textContent()).toContain(`${name} (${code})`);
    expect(await page.getByRole('table', { name: 'Problems in the file' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    expect(await listIndicatorValues(await passwordGrantToken('editor.manchester'), code, manchester.code)).toEqual([]);

    await checked.getByRole('button', { name: 'Import 3 values' }).click();
    const banner = await successBanner(page);
    expect(banner).toContain('3 values imported');
    expect(banner).toContain(`3 new, 0 changed, 0 unchanged, for ${manchester.name} (${manchester.code}).`);
    await expectNoAxeViolations(page);
    const stored = await listIndicatorValues(await passwordGrantToken('editor.manchester'), code, manchester.code);
    expect(stored.map((value) => [value.period, value.value]).sort()).toEqual(Object.entries(values).map(([year, value]) => [year, Number(value)]));

    await page.locator('.govuk-notification-banner--success').getByRole('link', { name }).click();
    await waitForHeading(page, name);
    expect(await tableRows(page, /values by period/)).toEqual([
      ['Period', manchester.name],
      ...Object.entries(values).map(([year, value]) => [year, `${value}%`]),
    ]);
    await expectNoAxeViolations(page);
  });
});

import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './env';

/** Page objects: what a user finds on each page, by role and label. */

export function heading(page: Page, name: string | RegExp): Locator {
  return page.getByRole('heading', { level: 1, name });
}

export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  await heading(page, name).waitFor();
}

export async function successBanner(page: Page): Promise<string> {
  const banner = page.locator('.govuk-notification-banner--success');
  await banner.waitFor();
  return (await banner.textContent()) ?? '';
}

/** The error summary's links, once it shows. */
export async function errorSummaryLinks(page: Page): Promise<string[]> {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  return summary.getByRole('link').allTextContents();
}

/** A link in the area's navigation bar (Priorities, Outcomes, Services, Co-production, You said, we did). */
export function areaNavigationLink(page: Page, areaName: string, text: string): Locator {
  return page.getByRole('navigation', { name: `${areaName} records` }).getByRole('link', { name: text, exact: true });
}

export function priorityIdFromUrl(page: Page): string {
  const match = /\/priorities\/([0-9a-f-]{36})/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not on a priority page: ${page.url()}`);
  return match[1];
}

export async function goTo(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
}

/** Types an ISO date ("2026-03-27") into the day, month and year boxes of the date input with this legend. */
export async function fillDate(scope: Page | Locator, legend: string, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  const dateInput = scope.getByRole('group', { name: legend, exact: true });
  await dateInput.getByLabel('Day').fill(day);
  await dateInput.getByLabel('Month').fill(month);
  await dateInput.getByLabel('Year').fill(year);
}

/**
 * The rows of a table as the text of their cells, the header row first; in a stacked table, each
 * cell's value without the column's name shown beside it on a phone.
 */
export async function tableRows(page: Page, name: string | RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name });
  await table.waitFor();
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.querySelector('.sendhub-table-stacked__value') ?? cell).textContent ?? '')),
    );
}

/** The add and edit form. */
export class PriorityForm {
  constructor(private readonly page: Page) {}

  get title() {
    return this.page.getByLabel('Title', { exact: true });
  }

  get lead() {
    return this.page.getByLabel('Lead', { exact: true });
  }

  async fill(values: { title?: string; status?: string; lead?: string; description?: string; rationale?: string }) {
    if (values.title !== undefined) await this.title.fill(values.title);
    if (values.status !== undefined) await this.page.locator('#status').selectOption({ label: values.status });
    if (values.lead !== undefined) await this.lead.fill(values.lead);
    if (values.description !== undefined) await this.page.locator('#description').fill(values.description);
    if (values.rationale !== undefined) await this.page.getByLabel('Why this is a priority').fill(values.rationale);
  }

  async addAction(action: { description: string; owner: string; dueDate: string; status: string }) {
    const count = await this.page.getByRole('group', { name: /^Action \d+$/ }).count();
    await this.page.getByRole('button', { name: count === 0 ? 'Add an action' : 'Add another action' }).click();
    const group = this.page.getByRole('group', { name: `Action ${count + 1}`, exact: true });
    await group.getByLabel('Description').fill(action.description);
    await group.getByLabel('Owner').fill(action.owner);
    await fillDate(group, 'Due date', action.dueDate);
    await group.getByLabel('Status').selectOption({ label: action.status });
  }

  /**
   * Adds a measure, choosing its indicator in the picker by typing `search` and choosing the match
   * named `indicator`, then (for an indicator with breakdowns) the figure, and a numeric target.
   * `beforeChoosing` runs while the picker's list is open (an axe scan, say).
   */
  async addMeasure(
    measure: { description: string; search: string; indicator: string; figure?: string; target: string; targetDate: string },
    beforeChoosing?: () => Promise<void>,
  ) {
    const count = await this.page.getByRole('group', { name: /^Measure \d+$/ }).count();
    await this.page.getByRole('button', { name: count === 0 ? 'Add a measure' : 'Add another measure' }).click();
    const group = this.page.getByRole('group', { name: `Measure ${count + 1}`, exact: true });
    await group.getByLabel('Description').fill(measure.description);
    const picker = group.getByRole('combobox', { name: 'Indicator (optional)' });
    await picker.fill(measure.search);
    const option = group.getByRole('option', { name: new RegExp(`^${measure.indicator}`) });
    await option.first().waitFor();
    if (beforeChoosing) await beforeChoosing();
    await option.first().click();
    if (measure.figure) await group.getByLabel('Which figure').selectOption({ label: measure.figure });
    await group.getByLabel('Target (optional)').fill(measure.target);
    await fillDate(group, 'Target date', measure.targetDate);
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save priority' }).click();
  }

  /** Waits until the form shows the values it was opened with (the edit form loads them first). */
  async waitUntilLoaded(title: string) {
    await this.title.waitFor();
    await expect.poll(() => this.title.inputValue()).toBe(title);
  }
}

/** The add and edit form of a commissioned service. */
export class ServiceForm {
  constructor(private readonly page: Page) {}

  get name() {
    return this.page.getByLabel('Name', { exact: true });
  }

  async fill(values: {
    name?: string;
    provider?: string;
    tier?: string;
    needs?: string[];
    ageFrom?: string;
    ageTo?: string;
    annualValue?: string;
    /** Dates as ISO dates, like 2026-03-27. */
    contractStart?: string;
    contractEnd?: string;
    reviewDate?: string;
    status?: string;
    /** Found by a part of their label (labels start with the priority's number). */
    priorities?: string[];
    publishToLocalOffer?: boolean;
  }) {
    const { page } = this;
    if (values.name !== undefined) await this.name.fill(values.name);
    if (values.provider !== undefined) await page.getByLabel('Provider', { exact: true }).fill(values.provider);
    if (values.tier !== undefined) await page.getByRole('group', { name: 'Tier' }).getByLabel(values.tier, { exact: true }).check();
    for (const need of values.needs ?? []) await page.getByLabel(need, { exact: true }).check();
    if (values.ageFrom !== undefined) await page.getByLabel('Youngest age').fill(values.ageFrom);
    if (values.ageTo !== undefined) await page.getByLabel('Oldest age').fill(values.ageTo);
    if (values.annualValue !== undefined) await page.getByLabel('Annual value').fill(values.annualValue);
    if (values.contractStart !== undefined) await fillDate(page, 'Contract start date', values.contractStart);
    if (values.contractEnd !== undefined) await fillDate(page, 'Contract end date', values.contractEnd);
    if (values.reviewDate !== undefined) await fillDate(page, 'Review date', values.reviewDate);
    if (values.status !== undefined) await page.getByRole('group', { name: 'Status' }).getByLabel(values.status, { exact: true }).check();
    if (values.publishToLocalOffer !== undefined) {
      await page.getByRole('checkbox', { name: 'Publish to the Local Offer' }).setChecked(values.publishToLocalOffer);
    }
    for (const priority of values.priorities ?? []) {
      await page.getByRole('group', { name: 'Priorities it delivers' }).getByRole('checkbox', { name: priority }).check();
    }
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save service' }).click();
  }
}

/** The add and edit form of an indicator of the catalogue. */
export class IndicatorForm {
  constructor(private readonly page: Page) {}

  get name() {
    return this.page.getByLabel('Name', { exact: true });
  }

  async fill(values: {
    code?: string;
    name?: string;
    definition?: string;
    unit?: string;
    polarity?: string;
    source?: string;
    /** One a line. */
    breakdowns?: string[];
  }) {
    const { page } = this;
    if (values.code !== undefined) await page.getByLabel('Code', { exact: true }).fill(values.code);
    if (values.name !== undefined) await this.name.fill(values.name);
    if (values.definition !== undefined) await page.getByLabel('Definition', { exact: true }).fill(values.definition);
    if (values.unit !== undefined) await page.getByRole('group', { name: 'Unit' }).getByLabel(values.unit, { exact: true }).check();
    if (values.polarity !== undefined) await page.getByRole('group', { name: 'Polarity' }).getByLabel(values.polarity, { exact: true }).check();
    if (values.source !== undefined) await page.getByLabel('Source', { exact: true }).fill(values.source);
    if (values.breakdowns !== undefined) await page.getByLabel('Breakdowns', { exact: true }).fill(values.breakdowns.join('\n'));
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save indicator' }).click();
  }

  /** Waits until the form shows the values it was opened with (the edit form loads them first). */
  async waitUntilLoaded(name: string) {
    await this.name.waitFor();
    await expect.poll(() => this.name.inputValue()).toBe(name);
  }
}

/** Text as a regular expression that matches it literally (names such as "EHC plans (as at January)"). */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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

export function priorityIdFromUrl(page: Page): string {
  const match = /\/priorities\/([0-9a-f-]{36})/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not on a priority page: ${page.url()}`);
  return match[1];
}

export async function goTo(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
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
    await group.getByLabel('Due date').fill(action.dueDate);
    await group.getByLabel('Status').selectOption({ label: action.status });
  }

  async addMeasure(measure: { description: string; target: string; targetDate: string }) {
    const count = await this.page.getByRole('group', { name: /^Measure \d+$/ }).count();
    await this.page.getByRole('button', { name: count === 0 ? 'Add a measure' : 'Add another measure' }).click();
    const group = this.page.getByRole('group', { name: `Measure ${count + 1}`, exact: true });
    await group.getByLabel('Description').fill(measure.description);
    await group.getByLabel('Target', { exact: true }).fill(measure.target);
    await group.getByLabel('Target date').fill(measure.targetDate);
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

/**
 * An editor's day: add, change, collide with someone else's change, archive and restore a priority.
 * Needs the running stack with its demo data (Manchester has an active strategy).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePriority, getPriority } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester } from './support/env';
import { passwordGrantToken, signIn } from './support/keycloak';
import { PriorityForm, heading, priorityIdFromUrl, successBanner, waitForHeading } from './support/pages';

describe('an editor', () => {
  let session: Session;
  const title = `E2E priority ${Date.now()}`;
  let priorityId = '';

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('signs in and goes straight to Manchester, their one area', async () => {
    const { page } = session;
    await signIn(page, 'editor.manchester');
    await waitForHeading(page, manchester.name);
    expect(new URL(page.url()).pathname).toBe(`/areas/${manchester.code}`);
    expect(await page.getByText('Signed in as').textContent()).toMatch(/\(Editor\)$/);
    await page.getByRole('table', { name: /^Priorities of / }).waitFor();
    expect(await page.getByText('Demo', { exact: true }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  it('adds a priority with an action and a measure', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Add a priority' }).click();
    await waitForHeading(page, 'Add a priority');
    await expectNoAxeViolations(page);

    const form = new PriorityForm(page);
    await form.fill({
      title,
      status: 'On track',
      lead: 'Head of SEND commissioning',
      description: 'Added by the browser tests.',
      rationale: 'Families asked for it in the Big SEND Survey.',
    });
    await form.addAction({ description: 'Map the short breaks offer', owner: 'Commissioning team', dueDate: '2026-09-30', status: 'In progress' });
    await form.addMeasure(
      {
        description: 'Fewer children wait for an autism assessment',
        search: 'plans by primary need',
        indicator: 'EHC plans by primary need',
        figure: 'Primary need: Autistic spectrum disorder (ASD)',
        target: '3000',
        targetDate: '2027-03-31',
      },
      () => expectNoAxeViolations(page),
    );
    await expectNoAxeViolations(page);
    await form.save();

    await waitForHeading(page, title);
    expect(await successBanner(page)).toContain('Priority added');
    priorityId = priorityIdFromUrl(page);
    const actions = page.getByRole('table', { name: 'Actions' });
    expect(await actions.textContent()).toContain('Map the short breaks offer');
    expect(await actions.textContent()).toContain('30 September 2026');
    const measures = page.getByRole('table', { name: 'How we will know' });
    await measures.waitFor();
    const measure = await measures.textContent();
    expect(measure).toContain('Fewer children wait for an autism assessment');
    expect(measure).toContain('Indicator: EHC plans by primary need, Primary need: Autistic spectrum disorder (ASD)');
    expect(measure).toContain('3,000by 31 March 2027');
    expect(measure).toMatch(/Manchester: [\d,]+ in \d{4}/);
    await expectNoAxeViolations(page);
  });

  it('changes its title and status', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Edit priority' }).click();
    await waitForHeading(page, 'Edit priority');
    const form = new PriorityForm(page);
    await form.waitUntilLoaded(title);
    await expectNoAxeViolations(page);

    await form.fill({ title: `${title} (edited)`, status: 'Off track' });
    await form.save();

    await waitForHeading(page, `${title} (edited)`);
    expect(await successBanner(page)).toContain('Priority saved');
    expect(await page.locator('main .govuk-tag', { hasText: 'Off track' }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  it('merges with a colleague who saved first: keeps what only one changed and asks about what both changed', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Edit priority' }).click();
    const form = new PriorityForm(page);
    await form.waitUntilLoaded(`${title} (edited)`);
    await form.fill({ title: `${title} (mine)`, status: 'At risk' });

    // A colleague, in a browser of their own, changes the status and the lead and saves first.
    const colleague = await openBrowser();
    try {
      await signIn(colleague.page, 'editor.manchester');
      await colleague.page.goto(new URL(`/areas/${manchester.code}/priorities/${priorityId}/edit`, page.url()).toString());
      const theirs = new PriorityForm(colleague.page);
      await theirs.waitUntilLoaded(`${title} (edited)`);
      await theirs.fill({ status: 'On track', lead: 'Their lead' });
      await theirs.save();
      await waitForHeading(colleague.page, `${title} (edited)`);
    } finally {
      await closeBrowser(colleague);
    }

    await form.save();
    await page.getByRole('heading', { name: 'Someone else has changed this priority' }).waitFor();
    const merge = page.getByRole('region', { name: 'What changed since you opened it' });
    expect(await merge.textContent()).toContain('Their changes, which will be kept');
    expect(await merge.textContent()).toContain('Their lead');
    const status = merge.getByRole('group', { name: 'Status: you both changed it' });
    expect(await merge.getByRole('group').count()).toBe(1);
    await expectNoAxeViolations(page);

    await status.getByRole('radio', { name: /Keep theirs/ }).check();
    await merge.getByRole('button', { name: 'Save with these choices' }).click();

    await waitForHeading(page, `${title} (mine)`);
    expect(await successBanner(page)).toContain('Priority saved');
    const token = await passwordGrantToken('editor.manchester');
    const { priority } = await getPriority(token, manchester.code, priorityId);
    expect(priority.title).toBe(`${title} (mine)`);
    expect(priority.lead).toBe('Their lead');
    expect(priority.status).toBe('on_track');
    await expectNoAxeViolations(page);
  });

  it('can still overwrite everything a colleague saved, as a last resort', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Edit priority' }).click();
    const form = new PriorityForm(page);
    await form.waitUntilLoaded(`${title} (mine)`);
    await form.fill({ lead: 'My lead' });

    const token = await passwordGrantToken('editor.manchester');
    await changePriority(token, manchester.code, priorityId, { title: `${title} (theirs)` });
    await form.save();

    await page.getByRole('heading', { name: 'Someone else has changed this priority' }).waitFor();
    expect(await form.lead.inputValue()).toBe('My lead');
    await page.getByRole('button', { name: 'Overwrite all with my changes' }).click();

    await waitForHeading(page, `${title} (mine)`);
    const { priority } = await getPriority(token, manchester.code, priorityId);
    expect(priority.title).toBe(`${title} (mine)`);
    expect(priority.lead).toBe('My lead');
    await expectNoAxeViolations(page);
  });

  it('is told what is missing when the title is empty', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Edit priority' }).click();
    const form = new PriorityForm(page);
    await form.waitUntilLoaded(`${title} (mine)`);
    await form.title.fill('');
    await form.save();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link', { name: 'Enter a title' }).count()).toBe(1);
    expect(await page.title()).toMatch(/^Error: /);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Cancel' }).click();
    await waitForHeading(page, `${title} (mine)`);
  });

  it('archives it: it leaves the list, shows with archived ones, and comes back on restore', async () => {
    const { page } = session;
    const current = `${title} (mine)`;
    await page.getByRole('button', { name: 'Archive priority' }).click();
    await page.getByRole('button', { name: 'Yes, archive this priority' }).click();
    expect(await successBanner(page)).toContain('Priority archived');
    await page.locator('main .govuk-tag', { hasText: 'Archived' }).first().waitFor();
    await page.getByRole('button', { name: 'Restore priority' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: manchester.name }).click();
    await waitForHeading(page, manchester.name);
    await page.getByRole('table', { name: /^Priorities of / }).waitFor();
    expect(await page.getByRole('link', { name: current, exact: true }).count()).toBe(0);

    await page.getByLabel('Show archived').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const row = page.getByRole('row', { name: new RegExp(current.replace(/[()]/g, '\\$&')) });
    await row.waitFor();
    expect(await row.locator('.govuk-tag', { hasText: 'Archived' }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: current, exact: true }).click();
    await waitForHeading(page, current);
    await page.getByRole('button', { name: 'Restore priority' }).click();
    expect(await successBanner(page)).toContain('Priority restored');
    await page.getByRole('button', { name: 'Archive priority' }).waitFor();
    expect(await page.locator('main .govuk-tag', { hasText: 'Archived' }).count()).toBe(0);
    expect(await heading(page, current).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('reads every change in its history, in words', async () => {
    const { page } = session;
    const current = `${title} (mine)`;
    await page.getByRole('link', { name: 'See the history of this record' }).click();
    await waitForHeading(page, `History of ${current}`);

    const main = page.getByRole('main');
    const changes = main.getByRole('heading', { level: 2 });
    await changes.first().waitFor();
    // Five changes: title and status; the colleague's save and the merged one; the colleague's
    // change and the overwrite (the colleague signs in as the same demo editor).
    expect(await changes.allTextContents()).toEqual([
      'Restored by editor.manchester',
      'Archived by editor.manchester',
      ...Array<string>(5).fill('Changed by editor.manchester'),
      'Created by editor.manchester',
    ]);
    await main.getByText('Status: On track → Off track', { exact: true }).waitFor();
    await main.getByText('Lead: Head of SEND commissioning → Their lead', { exact: true }).waitFor();
    await main.getByText('Lead: Their lead → My lead', { exact: true }).waitFor();
    expect(await main.textContent()).not.toMatch(/on_track|off_track|outcomeIds/);
    await expectNoAxeViolations(page);
  });
});

/**
 * The board report on A4, as Chromium prints it (the browser's "Save as PDF"): a sane number of
 * pages, each with the running header (the report, the area, the date) and "Page x of y". The
 * PDF's text is read back with PDF.js. Needs the running stack with its demo data.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { manchester } from './support/env';
import { signIn } from './support/keycloak';
import { goTo, waitForHeading } from './support/pages';
import { pdfPageTexts } from './support/pdf';

/** Manchester's demo report fits on a few pages; many more would mean gaps or runaway tables. */
const mostPages = 10;

describe('the board report on paper', () => {
  let session: Session;
  let pages: string[];
  let reportDate: string;

  beforeAll(async () => {
    session = await openBrowser();
    const { page } = session;
    await signIn(page, 'editor.manchester');
    await goTo(page, `/areas/${manchester.code}/board-report`);
    await waitForHeading(page, /^SEND Board report, /);
    reportDate = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace('SEND Board report, ', '');
    await page.getByRole('heading', { level: 2, name: 'You said, we did' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    if (process.env.E2E_BOARD_PDF) writeFileSync(process.env.E2E_BOARD_PDF, pdf);
    pages = await pdfPageTexts(new Uint8Array(pdf));
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it('takes a sane number of A4 pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(mostPages);
  });

  it('has the running header and its number on every page', () => {
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(`SEND Board report: ${manchester.name}`);
      expect(text, `page ${index + 1}`).toContain(reportDate);
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('prints the report alone: its contents and parts, none of the app’s navigation or buttons', () => {
    const all = pages.join(' ');
    for (const part of ['Contents', 'Dashboard', 'Priorities', 'Gap analysis', 'You said, we did']) expect(all).toContain(part);
    expect(all).not.toContain('Print or save as PDF');
    expect(all).not.toContain('Sign out');
    expect(all).not.toContain('Show report');
  });
});

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Session = { browser: Browser; context: BrowserContext; page: Page };

/** Debian's Chromium (CHROMIUM_PATH overrides), with a page from a fresh context so axe can scan it. */
export async function openBrowser(): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  return { browser, context, page };
}

export async function closeBrowser(session: Session | undefined): Promise<void> {
  await session?.context.close();
  await session?.browser.close();
}

/**
 * Reflow (WCAG 1.4.10): every page of the app, with the demo data, as a signed-in editor of
 * Manchester, in a window 320 CSS pixels wide (a 1280 px screen zoomed to 400%). No page may be
 * wider than the window: a wide table stacks or scrolls in its own box, never the page. Axe runs
 * on every page at that width too. Needs the running stack with its demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecision, createOutcomes } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowser, openBrowser, type Session } from './support/browser';
import { baseUrl, manchester } from './support/env';
import { passwordGrantToken, signIn } from './support/keycloak';

const narrow = 320;

/** The ids the pages of records need: the first of each kind in Manchester's demo data. */
type Ids = { strategy: string; priority: string; outcome: string; service: string; coproduction: string; decision: string; indicator: string };

async function firstId(token: string, path: string, key: 'id' | 'code' = 'id'): Promise<string | undefined> {
  const response = await fetch(`${baseUrl}${path}${path.includes('?') ? '&' : '?'}size=1`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  const { items } = (await response.json()) as { items: Record<string, string>[] };
  return items[0]?.[key];
}

async function demoId(token: string, path: string, key: 'id' | 'code' = 'id'): Promise<string> {
  const id = await firstId(token, path, key);
  if (!id) throw new Error(`${path} has nothing in the demo data`);
  return id;
}

const area = `/areas/${manchester.code}`;

/** Every route of the app (src/app/router.tsx), with ids from the demo data. */
const routes: [string, (ids: Ids) => string][] = [
  ['home (an editor of one area goes to it)', () => '/'],
  ['the area', () => area],
  ['a strategy', (ids) => `${area}/strategies/${ids.strategy}`],
  ['a strategy’s history', (ids) => `${area}/strategies/${ids.strategy}/history`],
  ['a new priority', (ids) => `${area}/priorities/new?strategy=${ids.strategy}`],
  ['a priority', (ids) => `${area}/priorities/${ids.priority}`],
  ['a priority’s edit form', (ids) => `${area}/priorities/${ids.priority}/edit`],
  ['a priority’s trace', (ids) => `${area}/priorities/${ids.priority}/trace`],
  ['a priority’s history', (ids) => `${area}/priorities/${ids.priority}/history`],
  ['the services delivering a priority, linked from its side', (ids) => `${area}/priorities/${ids.priority}/link-services`],
  ['the co-production that shaped a priority, linked from its side', (ids) => `${area}/priorities/${ids.priority}/link-coproduction`],
  ['the outcomes', () => `${area}/outcomes`],
  ['a new outcome', () => `${area}/outcomes/new`],
  ['an outcome', (ids) => `${area}/outcomes/${ids.outcome}`],
  ['an outcome’s edit form', (ids) => `${area}/outcomes/${ids.outcome}/edit`],
  ['an outcome’s trace', (ids) => `${area}/outcomes/${ids.outcome}/trace`],
  ['an outcome’s history', (ids) => `${area}/outcomes/${ids.outcome}/history`],
  ['the services register', () => `${area}/services`],
  ['a new service', () => `${area}/services/new`],
  ['a service', (ids) => `${area}/services/${ids.service}`],
  ['a service’s edit form', (ids) => `${area}/services/${ids.service}/edit`],
  ['a service’s trace', (ids) => `${area}/services/${ids.service}/trace`],
  ['a service’s history', (ids) => `${area}/services/${ids.service}/history`],
  ['the co-production that shaped a service, linked from its side', (ids) => `${area}/services/${ids.service}/link-coproduction`],
  ['the co-production records', () => `${area}/coproduction`],
  ['a new co-production record', () => `${area}/coproduction/new`],
  ['a co-production record', (ids) => `${area}/coproduction/${ids.coproduction}`],
  ['a co-production record’s edit form', (ids) => `${area}/coproduction/${ids.coproduction}/edit`],
  ['a co-production record’s history', (ids) => `${area}/coproduction/${ids.coproduction}/history`],
  ['the commissioning decisions', () => `${area}/decisions`],
  ['a new decision', () => `${area}/decisions/new`],
  ['a decision', (ids) => `${area}/decisions/${ids.decision}`],
  ['a decision’s edit form', (ids) => `${area}/decisions/${ids.decision}/edit`],
  ['a decision’s history', (ids) => `${area}/decisions/${ids.decision}/history`],
  ['sufficiency: places against need', () => `${area}/sufficiency`],
  ['you said, we did', () => `${area}/you-said-we-did`],
  ['the dashboard', () => `${area}/dashboard`],
  ['traceability', () => `${area}/traceability`],
  ['the gap analysis', () => `${area}/gap-analysis`],
  ['the board report', () => `${area}/board-report`],
  ['the indicator explorer', () => '/indicators'],
  ['the explorer with an indicator chosen', () => `/indicators?indicator=ehcp_issued_within_20_weeks&area=${manchester.code}`],
  ['the indicator catalogue', () => '/indicators/catalogue'],
  ['an indicator of the catalogue', (ids) => `/indicators/catalogue/${ids.indicator}`],
  ['an indicator’s edit form (administrators only)', (ids) => `/indicators/catalogue/${ids.indicator}/edit`],
  ['a new indicator (administrators only)', () => '/indicators/new'],
  ['importing indicator values', () => '/indicators/import'],
  ['importing an EES file', () => '/indicators/import/ees'],
  ['adding an area (administrators only)', () => '/areas/new'],
  ['Manchester’s area profile', () => `/places/${manchester.code}/profile`],
  ['a page that does not exist', () => '/nowhere'],
];

describe(`every page at ${narrow} CSS pixels wide`, () => {
  let session: Session;
  let ids: Ids;

  beforeAll(async () => {
    const token = await passwordGrantToken('editor.manchester');
    const api = `/api/v1/areas/${manchester.code}`;
    // Manchester's demo data has no outcomes (its strategy has none): the test adds one.
    const outcome = (await firstId(token, `${api}/outcomes`)) ?? (await createOutcomes(token, manchester.code, ['E2E reflow: children are ready for school']))[0].id;
    const service = await demoId(token, `${api}/services`);
    const decision =
      (await firstId(token, `${api}/decisions`)) ??
      (await createDecision(token, manchester.code, { serviceId: service, decidedOn: new Date().toISOString().slice(0, 10), decision: 'extend', decidedBy: 'E2E reflow: SEND Board' })).id;
    ids = {
      strategy: await demoId(token, `${api}/strategies`),
      priority: await demoId(token, `${api}/priorities`),
      outcome,
      service,
      coproduction: await demoId(token, `${api}/coproduction`),
      decision,
      indicator: await demoId(token, '/api/v1/indicators', 'code'),
    };
    session = await openBrowser();
    await signIn(session.page, 'editor.manchester');
    await session.page.setViewportSize({ width: narrow, height: 800 });
  });

  afterAll(async () => {
    await closeBrowser(session);
  });

  it.each(routes)('%s is no wider than the window', async (_, path) => {
    const { page } = session;
    await page.goto(`${baseUrl}${path(ids)}`);
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.getByText('Loading…', { exact: true }).count()).toBe(0);

    const wide = await page.evaluate((width) => {
      const tooWide = [...document.querySelectorAll('main *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('.sendhub-table-scroll, .govuk-visually-hidden'))
        .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
      return { scrollWidth: document.documentElement.scrollWidth, elements: [...new Set(tooWide)].slice(0, 5) };
    }, narrow);
    expect(wide.scrollWidth, `${path(ids)} is ${wide.scrollWidth}px wide; wider than the window: ${wide.elements.join(', ')}`).toBeLessThanOrEqual(narrow);
    await expectNoAxeViolations(page);
  });
});

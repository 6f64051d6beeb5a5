import type { components } from '@/types/api';
import { baseUrl } from './env';

type Schemas = components['schemas'];

async function send<T>(token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** An ISO date `days` from today (negative for the past). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A priority, a service delivering it and a co-production record that shaped both, made for a board's view. */
export type BoardChain = {
  priority: Schemas['Priority'];
  service: Schemas['Service'];
  coproduction: Schemas['Coproduction'];
};

/**
 * Makes through the API what the board pages should show: a priority with an overdue action, a
 * service delivering it whose contract ends within 6 months, and co-production held last month
 * whose loop is closed, linked to both.
 */
export async function createBoardChain(token: string, areaCode: string): Promise<BoardChain> {
  const area = `/api/v1/areas/${areaCode}`;
  const strategies = await send<{ items: Schemas['Strategy'][] }>(token, 'GET', `${area}/strategies`);
  if (strategies.items.length === 0) throw new Error(`area ${areaCode} has no strategy to add a priority to`);
  const stamp = Date.now();
  const priority = await send<Schemas['Priority']>(token, 'POST', `${area}/priorities`, {
    strategyId: strategies.items[0].id,
    number: 90,
    title: `E2E board priority ${stamp}`,
    status: 'at_risk',
    actions: [{ description: `E2E overdue action ${stamp}`, owner: 'SEND team', dueDate: daysFromToday(-14), status: 'in_progress' }],
  } satisfies Schemas['PriorityInput']);
  const service = await send<Schemas['Service']>(token, 'POST', `${area}/services`, {
    name: `E2E board service ${stamp}`,
    provider: 'E2E provider',
    tier: 'targeted',
    needs: ['ASD'],
    status: 'active',
    stage: 'review',
    fundingModel: 'pooled',
    commissioners: ['Manchester City Council', 'NHS Greater Manchester ICB'],
    annualValue: 123456,
    contractStart: daysFromToday(-700),
    contractEnd: daysFromToday(60),
    reviewDate: daysFromToday(30),
    priorityIds: [priority.id],
  } satisfies Schemas['ServiceInput']);
  const coproduction = await send<Schemas['Coproduction']>(token, 'POST', `${area}/coproduction`, {
    title: `E2E board workshop ${stamp}`,
    kind: 'workshop',
    heldOn: daysFromToday(-30),
    youSaid: 'Tell us when contracts are renewed.',
    weDid: 'We now report renewals to the SEND Board.',
    feedbackGivenOn: daysFromToday(-10),
    status: 'closed',
    priorityIds: [priority.id],
    serviceIds: [service.id],
  } satisfies Schemas['CoproductionInput']);
  return { priority, service, coproduction };
}

export async function getGapAnalysis(token: string, areaCode: string): Promise<Schemas['GapAnalysis']> {
  return send(token, 'GET', `/api/v1/areas/${areaCode}/gap-analysis`);
}

export async function getDashboard(token: string, areaCode: string): Promise<Schemas['Dashboard']> {
  return send(token, 'GET', `/api/v1/areas/${areaCode}/dashboard`);
}

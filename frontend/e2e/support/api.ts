import type { components } from '@/types/api';
import { baseUrl } from './env';

type Priority = components['schemas']['Priority'];
type PriorityInput = components['schemas']['PriorityInput'];

async function call(token: string, method: string, path: string, init: { body?: unknown; ifMatch?: string } = {}) {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.ifMatch) headers['If-Match'] = init.ifMatch;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

export async function getPriority(token: string, areaCode: string, id: string): Promise<{ priority: Priority; etag: string }> {
  const response = await call(token, 'GET', `/api/v1/areas/${areaCode}/priorities/${id}`);
  const priority = (await response.json()) as Priority;
  return { priority, etag: response.headers.get('ETag') ?? `"${priority.version}"` };
}

/** Changes a priority the way another user or an integrator would: read it, then PUT with its ETag. */
export async function changePriority(token: string, areaCode: string, id: string, change: Partial<PriorityInput>): Promise<Priority> {
  const { priority, etag } = await getPriority(token, areaCode, id);
  const input: PriorityInput = {
    strategyId: priority.strategyId,
    number: priority.number,
    title: priority.title,
    description: priority.description,
    rationale: priority.rationale,
    status: priority.status,
    lead: priority.lead,
    actions: priority.actions,
    measures: priority.measures,
    outcomeIds: priority.outcomeIds,
    ...change,
  };
  const response = await call(token, 'PUT', `/api/v1/areas/${areaCode}/priorities/${id}`, { body: input, ifMatch: etag });
  return (await response.json()) as Priority;
}

export async function listPriorityTitles(token: string, areaCode: string): Promise<string[]> {
  const response = await call(token, 'GET', `/api/v1/areas/${areaCode}/priorities?size=500&includeArchived=true`);
  const list = (await response.json()) as { items: Priority[] };
  return list.items.map((priority) => priority.title);
}

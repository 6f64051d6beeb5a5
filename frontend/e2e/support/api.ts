import type { components } from '@/types/api';
import { baseUrl } from './env';

type Priority = components['schemas']['Priority'];
type PriorityInput = components['schemas']['PriorityInput'];
type Service = components['schemas']['Service'];
type ServiceInput = components['schemas']['ServiceInput'];
type Coproduction = components['schemas']['Coproduction'];
type CoproductionInput = components['schemas']['CoproductionInput'];
type Outcome = components['schemas']['Outcome'];
type OutcomeInput = components['schemas']['OutcomeInput'];
type Strategy = components['schemas']['Strategy'];
type Decision = components['schemas']['Decision'];
type DecisionInput = components['schemas']['DecisionInput'];

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

async function getJson<T>(token: string, path: string): Promise<T> {
  return (await (await call(token, 'GET', path)).json()) as T;
}

async function postJson<T>(token: string, path: string, body: unknown): Promise<T> {
  return (await (await call(token, 'POST', path, { body })).json()) as T;
}

/** A priority, a service that delivers it and a co-production record that shaped both: the links a user can walk. */
export type LinkedChain = {
  priority: { id: string; title: string };
  service: { id: string; name: string };
  coproduction: { id: string; title: string };
};

/**
 * Finds such a chain in the area's records (the demo data has them), or makes one through the
 * API when there is none, so the test does not depend on the demo data's ids.
 */
export async function findOrCreateLinkedChain(token: string, areaCode: string): Promise<LinkedChain> {
  const area = `/api/v1/areas/${areaCode}`;
  const services = (await getJson<{ items: Service[] }>(token, `${area}/services?size=500`)).items;
  for (const listed of services.filter((service) => service.priorityIds.length > 0)) {
    const service = await getJson<Service>(token, `${area}/services/${listed.id}`);
    for (const ref of service.linked?.coproduction ?? []) {
      if (ref.archived) continue;
      const record = await getJson<Coproduction>(token, `${area}/coproduction/${ref.id}`);
      const priority = record.linked?.priorities?.find((candidate) => !candidate.archived && service.priorityIds.includes(candidate.id));
      if (priority) {
        const { priority: found } = await getPriority(token, areaCode, priority.id);
        return {
          priority: { id: found.id, title: found.title },
          service: { id: service.id, name: service.name },
          coproduction: { id: record.id, title: record.title },
        };
      }
    }
  }

  const priorities = (await getJson<{ items: Priority[] }>(token, `${area}/priorities?size=1`)).items;
  if (priorities.length === 0) throw new Error(`area ${areaCode} has no priority to link records to`);
  const [priority] = priorities;
  const stamp = Date.now();
  const service = await postJson<Service>(token, `${area}/services`, {
    name: `E2E linked service ${stamp}`,
    tier: 'targeted',
    status: 'active',
    priorityIds: [priority.id],
  } satisfies ServiceInput);
  const record = await postJson<Coproduction>(token, `${area}/coproduction`, {
    title: `E2E linked co-production ${stamp}`,
    kind: 'workshop',
    priorityIds: [priority.id],
    serviceIds: [service.id],
  } satisfies CoproductionInput);
  return {
    priority: { id: priority.id, title: priority.title },
    service: { id: service.id, name: service.name },
    coproduction: { id: record.id, title: record.title },
  };
}

/** Adds an outcome for each statement, in that order, to a strategy of the area. */
export async function createOutcomes(token: string, areaCode: string, statements: string[]): Promise<Outcome[]> {
  const area = `/api/v1/areas/${areaCode}`;
  const [strategy] = (await getJson<{ items: Strategy[] }>(token, `${area}/strategies?size=1`)).items;
  if (!strategy) throw new Error(`area ${areaCode} has no strategy to add outcomes to`);
  const outcomes: Outcome[] = [];
  for (const statement of statements) {
    outcomes.push(await postJson<Outcome>(token, `${area}/outcomes`, { strategyId: strategy.id, statement } satisfies OutcomeInput));
  }
  return outcomes;
}

/** Adds a service to the area as an integrator would. */
export async function createService(token: string, areaCode: string, input: ServiceInput): Promise<Service> {
  const response = await call(token, 'POST', `/api/v1/areas/${areaCode}/services`, { body: input });
  return (await response.json()) as Service;
}

/** Records a commissioning decision about a service, as the SEND Board's clerk would through the API. */
export async function createDecision(token: string, areaCode: string, input: DecisionInput): Promise<Decision> {
  const response = await call(token, 'POST', `/api/v1/areas/${areaCode}/decisions`, { body: input });
  return (await response.json()) as Decision;
}

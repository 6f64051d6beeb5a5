import { vi } from 'vitest';

/** One request the app sent, as the API would see it. */
export type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
};

type Handler = (request: RecordedRequest, params: Record<string, string>) => Response | Promise<Response>;
type Route = { method: string; pattern: RegExp; names: string[]; handler: Handler };

export function json(body: unknown, { status = 200, headers = {} }: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Replaces `fetch` with a small fake of the HTTP API: each route answers with a handler, every
 * request is recorded, and anything unexpected gets a 404 problem (and is recorded too).
 */
export function mockApi() {
  const routes: Route[] = [];
  const requests: RecordedRequest[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      // JSON bodies are parsed for comparing; others (an imported CSV) are kept as text.
      body: text && request.headers.get('Content-Type')?.includes('json') ? JSON.parse(text) : text || undefined,
    };
    requests.push(recorded);
    for (const route of routes) {
      const match = route.method === request.method ? route.pattern.exec(url.pathname) : null;
      if (match) {
        const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(match[index + 1])]));
        return route.handler(recorded, params);
      }
    }
    return problem(404, { title: 'Not Found', detail: `No fake for ${request.method} ${url.pathname}` });
  });
  vi.stubGlobal('fetch', fetchMock);

  const api = {
    requests,
    /** Adds a route; `path` may hold `:name` parameters. A later route for the same path wins. */
    on(method: string, path: string, handler: Handler | Response | object) {
      const names: string[] = [];
      const pattern = new RegExp(
        `^${path.replace(/:(\w+)/g, (_, name: string) => {
          names.push(name);
          return '([^/]+)';
        })}$`,
      );
      const respond: Handler =
        typeof handler === 'function' ? (handler as Handler) : () => (handler instanceof Response ? handler.clone() : json(handler));
      routes.unshift({ method, pattern, names, handler: respond });
      return api;
    },
    sent(method: string, path?: string) {
      return requests.filter((request) => request.method === method && (path === undefined || request.path === path));
    },
  };
  return api;
}

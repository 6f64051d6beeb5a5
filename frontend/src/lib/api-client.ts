import createClient, { type Middleware } from 'openapi-fetch';
import { getAccessToken, signInAgain } from '@/lib/auth';
import type { components, paths } from '@/types/api';

export type FieldError = components['schemas']['FieldError'];
export type RowError = components['schemas']['RowError'];
type Problem = components['schemas']['Problem'];

/** A failed API call, read from its RFC 9457 problem+json body (or from the bare status when there is none). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  /** With 412: the version the record has now. */
  readonly currentVersion: number | undefined;
  /** With 412: the record as it is now. */
  readonly current: Record<string, unknown> | undefined;
  /** With a rejected import: its bad rows (the first 1000). */
  readonly rowErrors: RowError[];
  /** With a rejected import: how many row problems it has in all. */
  readonly errorCount: number | undefined;

  constructor(problem: {
    status: number;
    title: string;
    detail?: string;
    fieldErrors?: FieldError[];
    currentVersion?: number;
    current?: Record<string, unknown>;
    rowErrors?: RowError[];
    errorCount?: number;
  }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.fieldErrors ?? [];
    this.currentVersion = problem.currentVersion;
    this.current = problem.current;
    this.rowErrors = problem.rowErrors ?? [];
    this.errorCount = problem.errorCount;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    field: typeof item.field === 'string' ? item.field : '',
    message: typeof item.message === 'string' ? item.message : 'This value is not valid',
  }));
}

function readRowErrors(value: unknown): RowError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    line: typeof item.line === 'number' ? item.line : 0,
    column: typeof item.column === 'string' ? item.column : '',
    message: typeof item.message === 'string' ? item.message : 'This row is not valid',
  }));
}

/** Turns an error response and its (already parsed) body into an ApiError. */
export function toApiError(response: Response, body: unknown): ApiError {
  const problem: Partial<Problem> = isRecord(body) ? body : {};
  const currentVersion = typeof problem.currentVersion === 'number' ? problem.currentVersion : undefined;
  return new ApiError({
    status: response.status,
    title: typeof problem.title === 'string' && problem.title ? problem.title : response.statusText || `HTTP ${response.status}`,
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    fieldErrors: readFieldErrors(problem.errors),
    currentVersion,
    current: isRecord(problem.current) ? problem.current : undefined,
    rowErrors: readRowErrors(problem.rowErrors),
    errorCount: typeof problem.errorCount === 'number' ? problem.errorCount : undefined,
  });
}

/** The data of a successful call; throws an ApiError for any other answer. */
export function expectData<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}

/** The If-Match value for a record: its ETag, or its version quoted the same way. */
export function etagFor(response: Response, version: number): string {
  return response.headers.get('ETag') ?? quoteVersion(version);
}

export function quoteVersion(version: number): string {
  return `"${version}"`;
}

/** A record with the ETag to send back in If-Match when changing it. */
export type Versioned<T> = { record: T; etag: string };

/** The record of a successful call with its ETag; throws an ApiError for any other answer. */
export function expectVersioned<T extends { version: number }>(result: { data?: T; error?: unknown; response: Response }): Versioned<T> {
  const record = expectData(result);
  return { record, etag: etagFor(result.response, record.version) };
}

const authorization: Middleware = {
  async onRequest({ request }) {
    const token = await getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) signInAgain();
    return undefined;
  },
};

export const apiClient = createClient<paths>({
  // Request needs an absolute URL outside the browser (in tests); in the browser this is the app's own origin.
  baseUrl: globalThis.location?.origin ?? '',
  headers: { Accept: 'application/json, application/problem+json' },
  // Looked up on every call, so tests can replace fetch.
  fetch: (request) => globalThis.fetch(request),
});
apiClient.use(authorization);

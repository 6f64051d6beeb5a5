import { describe, expect, it } from 'vitest';
import { ApiError, apiClient, etagFor, expectData, toApiError } from '@/lib/api-client';
import { json, mockApi, problem } from '@/test/fetch-mock';
import { priority } from '@/test/fixtures';

async function errorFrom(call: () => Promise<unknown>): Promise<ApiError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('the API client', () => {
  it('sends the access token as a bearer token', async () => {
    const api = mockApi().on('GET', '/api/v1/me', { username: 'editor.manchester' });

    await apiClient.GET('/api/v1/me');

    expect(api.requests[0].headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('turns a 422 problem into an error with every field error', async () => {
    mockApi().on(
      'POST',
      '/api/v1/areas/:areaCode/priorities',
      problem(422, {
        title: 'Unprocessable content',
        detail: '2 fields are not valid',
        errors: [
          { field: 'title', message: 'must not be blank' },
          { field: 'actions[0].dueDate', message: 'must be a date' },
        ],
      }),
    );

    const error = await errorFrom(async () =>
      expectData(
        await apiClient.POST('/api/v1/areas/{areaCode}/priorities', {
          params: { path: { areaCode: 'E08000003' } },
          body: { strategyId: priority.strategyId, title: '' },
        }),
      ),
    );

    expect(error.status).toBe(422);
    expect(error.title).toBe('Unprocessable content');
    expect(error.detail).toBe('2 fields are not valid');
    expect(error.fieldErrors).toEqual([
      { field: 'title', message: 'must not be blank' },
      { field: 'actions[0].dueDate', message: 'must be a date' },
    ]);
  });

  it('keeps the current record and version of a 412 problem', async () => {
    const current = { ...priority, version: 4, title: 'Changed by someone else' };
    mockApi().on('PUT', '/api/v1/areas/:areaCode/priorities/:id', problem(412, { title: 'Precondition Failed', currentVersion: 4, current }));

    const error = await errorFrom(async () =>
      expectData(
        await apiClient.PUT('/api/v1/areas/{areaCode}/priorities/{id}', {
          params: { path: { areaCode: 'E08000003', id: priority.id }, header: { 'If-Match': '"3"' } },
          body: { strategyId: priority.strategyId, title: 'Mine' },
        }),
      ),
    );

    expect(error.status).toBe(412);
    expect(error.currentVersion).toBe(4);
    expect(error.current).toMatchObject({ title: 'Changed by someone else', version: 4 });
    expect(error.fieldErrors).toEqual([]);
  });

  it('sends If-Match as given', async () => {
    const api = mockApi().on('DELETE', '/api/v1/areas/:areaCode/priorities/:id', json({ ...priority, archived: true }));

    await apiClient.DELETE('/api/v1/areas/{areaCode}/priorities/{id}', {
      params: { path: { areaCode: 'E08000003', id: priority.id }, header: { 'If-Match': '"3"' } },
    });

    expect(api.requests[0].headers.get('If-Match')).toBe('"3"');
  });

  it('makes do with the status when the body is not a problem', () => {
    const error = toApiError(new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }), 'Bad gateway');

    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBeUndefined();
    expect(error.fieldErrors).toEqual([]);
    expect(error.current).toBeUndefined();
  });

  it('ignores malformed field errors rather than failing on them', () => {
    const error = toApiError(new Response(null, { status: 400 }), {
      title: 'Bad Request',
      status: 400,
      errors: [{ field: 'number' }, 'nonsense', { message: 'no field' }],
    });

    expect(error.fieldErrors).toEqual([
      { field: 'number', message: 'This value is not valid' },
      { field: '', message: 'no field' },
    ]);
  });

  it('keeps the bad rows of a rejected import and how many problems it has in all', () => {
    const error = toApiError(new Response(null, { status: 422 }), {
      title: 'The file has bad rows',
      status: 422,
      rowErrors: [{ line: 3, column: 'value', message: "'x' is not a number" }, { line: 4 }, 'nonsense'],
      errorCount: 1500,
    });

    expect(error.rowErrors).toEqual([
      { line: 3, column: 'value', message: "'x' is not a number" },
      { line: 4, column: '', message: 'This row is not valid' },
    ]);
    expect(error.errorCount).toBe(1500);
    expect(toApiError(new Response(null, { status: 422 }), { title: 'The request breaks a rule' }).rowErrors).toEqual([]);
  });

  it('takes the ETag header, or quotes the version when there is none', () => {
    expect(etagFor(new Response(null, { headers: { ETag: '"7"' } }), 7)).toBe('"7"');
    expect(etagFor(new Response(null), 7)).toBe('"7"');
  });
});

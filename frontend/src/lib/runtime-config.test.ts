import { describe, expect, it, vi } from 'vitest';
import { defaultRuntimeConfig, loadRuntimeConfig } from '@/lib/runtime-config';
import { json } from '@/test/fetch-mock';

describe('the runtime configuration', () => {
  it('is read from /config.json', async () => {
    const fetchImpl = vi.fn(async () =>
      json({ keycloakUrl: 'https://sso.example.org', realm: 'other', clientId: 'web' }),
    ) as unknown as typeof fetch;

    await expect(loadRuntimeConfig(fetchImpl)).resolves.toEqual({
      keycloakUrl: 'https://sso.example.org',
      realm: 'other',
      clientId: 'web',
    });
    expect(fetchImpl).toHaveBeenCalledWith('/config.json', expect.anything());
  });

  it('falls back to the local demo settings when it cannot be read', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const missing = vi.fn(async () => new Response('Not found', { status: 404 })) as unknown as typeof fetch;

    await expect(loadRuntimeConfig(failing)).resolves.toEqual(defaultRuntimeConfig);
    await expect(loadRuntimeConfig(missing)).resolves.toEqual(defaultRuntimeConfig);
    expect(defaultRuntimeConfig).toEqual({ keycloakUrl: 'http://localhost:8180', realm: 'sendhub', clientId: 'sendhub-web' });
  });
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests against a running stack (app on E2E_BASE_URL, Keycloak on E2E_KEYCLOAK_URL), one at a time.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Signing in is Keycloak's job, not the app's: tests run as if signed in with this token.
vi.mock('@/lib/auth', () => ({
  initAuth: vi.fn(async () => undefined),
  getAccessToken: vi.fn(async () => 'test-token'),
  signInAgain: vi.fn(),
  signOutUrl: () => '/signed-out',
  signOut: vi.fn(),
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

import Keycloak from 'keycloak-js';
import { signedOutPath } from '@/lib/paths';
import type { RuntimeConfig } from '@/lib/runtime-config';

let keycloak: Keycloak | undefined;

/**
 * Fails when the realm does not answer, so that the app can say so instead of sending the browser
 * to a sign-in page that cannot load.
 */
async function checkSignInAnswers(config: RuntimeConfig): Promise<void> {
  const realmUrl = `${config.keycloakUrl.replace(/\/$/, '')}/realms/${encodeURIComponent(config.realm)}`;
  const response = await fetch(`${realmUrl}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`The sign-in service answered ${response.status}`);
}

/** Signs the user in (redirecting to Keycloak when needed) before the app renders. */
export async function initAuth(config: RuntimeConfig): Promise<void> {
  await checkSignInAnswers(config);
  const instance = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  // Signing out posts the ID token to Keycloak in a form, so that it never stands in an address
  // (where it would be kept in the browser's history and the servers' logs).
  await instance.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, logoutMethod: 'POST' });
  keycloak = instance;
}

/** A fresh access token: refreshed when it has less than 30 seconds left. */
export async function getAccessToken(): Promise<string | undefined> {
  if (!keycloak) return undefined;
  try {
    await keycloak.updateToken(30);
  } catch {
    await keycloak.login();
    return undefined;
  }
  return keycloak.token;
}

/** Sends the user back to Keycloak to sign in again, for example after a 401. */
export function signInAgain(): void {
  void keycloak?.login();
}

/** Where the sign-out link points: Keycloak's sign-out page, with no token in the address. */
export function signOutUrl(): string {
  return keycloak ? keycloak.createLogoutUrl() : `${window.location.origin}/`;
}

/** Signs out at Keycloak (the ID token goes in the body of a POST), then comes back to the app's "You have signed out" page. */
export function signOut(): void {
  void keycloak?.logout({ redirectUri: `${window.location.origin}${signedOutPath}` });
}

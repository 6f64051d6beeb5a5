import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '@/lib/runtime-config';

let keycloak: Keycloak | undefined;

/** Signs the user in (redirecting to Keycloak when needed) before the app renders. */
export async function initAuth(config: RuntimeConfig): Promise<void> {
  const instance = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await instance.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
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

export function signOutUrl(): string {
  const home = `${window.location.origin}/`;
  return keycloak ? keycloak.createLogoutUrl({ redirectUri: home }) : home;
}

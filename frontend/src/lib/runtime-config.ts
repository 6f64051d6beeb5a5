export type RuntimeConfig = {
  keycloakUrl: string;
  realm: string;
  clientId: string;
};

export const defaultRuntimeConfig: RuntimeConfig = {
  keycloakUrl: 'http://localhost:8180',
  realm: 'sendhub',
  clientId: 'sendhub-web',
};

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The backend serves /config.json so one build runs against any Keycloak; when it cannot be
 * read (for example the backend is down) the local demo settings are the best guess.
 */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const response = await fetchImpl('/config.json', { headers: { Accept: 'application/json' } });
    if (!response.ok) return defaultRuntimeConfig;
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return defaultRuntimeConfig;
    const { keycloakUrl, realm, clientId } = body as Record<string, unknown>;
    return {
      keycloakUrl: isNonEmptyString(keycloakUrl) ? keycloakUrl : defaultRuntimeConfig.keycloakUrl,
      realm: isNonEmptyString(realm) ? realm : defaultRuntimeConfig.realm,
      clientId: isNonEmptyString(clientId) ? clientId : defaultRuntimeConfig.clientId,
    };
  } catch {
    return defaultRuntimeConfig;
  }
}

/** Where the running stack is; the defaults are the local demo (the Makefile's run command). */
export const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const keycloakUrl = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
export const realm = process.env.E2E_REALM ?? 'sendhub';
export const demoPassword = process.env.E2E_PASSWORD ?? 'demo';

/** Demo areas loaded by the run command; these tests depend on that demo data. */
export const manchester = { code: 'E08000003', name: 'Manchester' };
export const wigan = { code: 'E08000010', name: 'Wigan' };

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// keycloak-js uses Promise.withResolvers, which browsers have and Node 20 does not.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

// The setup file replaces the sign-in module for the other tests; this one checks the real one.
vi.unmock('@/lib/auth');

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token as Keycloak signs it (the signature is not checked in the browser). */
function jwt(claims: object): string {
  return `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(claims)}.c2lnbmF0dXJl`;
}

const now = Math.floor(Date.now() / 1000);
const claims = { iss: 'http://localhost:8180/realms/sendhub', sub: 'user-1', exp: now + 300, iat: now, sid: 'session-1' };
const idToken = jwt({ ...claims, typ: 'ID', nonce: 'n' });

// keycloak-js as it is, but starting from tokens already held instead of redirecting to sign in.
vi.mock('keycloak-js', async (importOriginal) => {
  const { default: Keycloak } = await importOriginal<typeof import('keycloak-js')>();
  class SignedIn extends Keycloak {
    constructor(config: ConstructorParameters<typeof Keycloak>[0]) {
      super(config);
      const init = this.init;
      this.init = (options = {}) =>
        init({ ...options, onLoad: undefined, token: jwt({ ...claims, typ: 'Bearer' }), refreshToken: jwt({ ...claims, typ: 'Refresh' }), idToken });
    }
  }
  return { default: SignedIn };
});

describe('signing out', () => {
  let submitted: HTMLFormElement[];

  beforeEach(async () => {
    submitted = [];
    vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (this: HTMLFormElement) {
      submitted.push(this);
    });
    // keycloak-js refreshes the tokens it starts from: Keycloak's token endpoint answers with the same ID token.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({
          access_token: jwt({ ...claims, typ: 'Bearer' }),
          refresh_token: jwt({ ...claims, typ: 'Refresh' }),
          id_token: idToken,
          token_type: 'Bearer',
          expires_in: 300,
        }),
      ),
    );
    const { initAuth } = await import('@/lib/auth');
    await initAuth({ keycloakUrl: 'http://localhost:8180', realm: 'sendhub', clientId: 'sendhub-web' });
  });

  afterEach(() => {
    for (const form of submitted) form.remove();
  });

  it('links to Keycloak without the ID token in the address', async () => {
    const { signOutUrl } = await import('@/lib/auth');
    const address = signOutUrl();

    expect(address).toBe('http://localhost:8180/realms/sendhub/protocol/openid-connect/logout');
    expect(address).not.toContain(idToken);
    expect(address).not.toContain('id_token_hint');
  });

  it('posts the ID token in the body, never in the address', async () => {
    const { signOut } = await import('@/lib/auth');
    signOut();
    await vi.waitFor(() => expect(submitted).toHaveLength(1));

    const [form] = submitted;
    expect(form.method.toUpperCase()).toBe('POST');
    expect(form.action).not.toContain(idToken);
    expect(form.action).not.toContain('id_token_hint');
    const fields = Object.fromEntries([...form.querySelectorAll('input')].map((input) => [input.name, input.value]));
    expect(fields).toEqual({ id_token_hint: idToken, client_id: 'sendhub-web', post_logout_redirect_uri: `${window.location.origin}/signed-out` });
  });
});

describe('signing in', () => {
  it('fails before leaving the app when the sign-in service does not answer', async () => {
    const refused = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', refused);
    const { initAuth } = await import('@/lib/auth');
    await expect(initAuth({ keycloakUrl: 'http://localhost:8180', realm: 'sendhub', clientId: 'sendhub-web' })).rejects.toThrow();
    expect(refused).toHaveBeenCalledWith('http://localhost:8180/realms/sendhub/.well-known/openid-configuration', expect.anything());
  });

  it('fails when the realm answers with an error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 503 })));
    const { initAuth } = await import('@/lib/auth');
    await expect(initAuth({ keycloakUrl: 'http://localhost:8180/', realm: 'sendhub', clientId: 'sendhub-web' })).rejects.toThrow('503');
  });
});

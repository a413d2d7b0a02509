import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { localEnvironment } from '../genesys/regions';
import type { AuthError } from './authorize';
import { createAuthService, type AuthServiceDeps, type AuthSession } from './session';

const environment = localEnvironment('http://127.0.0.1:9999');
const REDIRECT = 'https://abc.chromiumapp.org/';

interface FakeServer {
  /** How the next authorize request is answered. */
  answer: 'code' | 'deny' | 'wrong-state' | 'window-closed';
  /** What silent (non-interactive) requests do: succeed while the agent is remembered. */
  remembered: boolean;
  launches: { url: URL; interactive: boolean }[];
  tokensIssued: number;
  revoked: string[];
}

function setup(overrides: Partial<AuthServiceDeps> = {}, clientId = 'client-1') {
  let clock = 1_000_000;
  let stored: AuthSession | null = null;
  let forceLogin = false;
  let signedOutHooks = 0;
  const challenges = new Map<string, string>();
  const server: FakeServer = { answer: 'code', remembered: true, launches: [], tokensIssued: 0, revoked: [] };

  const deps: AuthServiceDeps = {
    flow: {
      redirectUri: () => REDIRECT,
      launch: (href, interactive) => {
        const url = new URL(href);
        server.launches.push({ url, interactive });
        if (server.answer === 'window-closed' || (!interactive && !server.remembered)) {
          return Promise.reject(new Error('User interaction required.'));
        }
        const state = server.answer === 'wrong-state' ? 'forged' : (url.searchParams.get('state') ?? '');
        if (server.answer === 'deny')
          return Promise.resolve(`${REDIRECT}?error=access_denied&error_description=No&state=${state}`);
        const code = `code-${String(challenges.size)}`;
        challenges.set(code, url.searchParams.get('code_challenge') ?? '');
        return Promise.resolve(`${REDIRECT}?code=${code}&state=${state}`);
      },
    },
    connection: () => Promise.resolve({ environment, clientId }),
    session: {
      get: () => Promise.resolve(stored),
      set: (s) => {
        stored = s;
        return Promise.resolve();
      },
    },
    forceLoginPrompt: {
      get: () => Promise.resolve(forceLogin),
      set: (v) => {
        forceLogin = v;
        return Promise.resolve();
      },
    },
    whoAmI: (_env, token) => Promise.resolve({ id: 'agent-1', name: `Alex (${token})` }),
    revoke: (_env, token) => {
      server.revoked.push(token);
      return Promise.resolve();
    },
    onSignedOut: () => {
      signedOutHooks += 1;
      return Promise.resolve();
    },
    fetch: (_input: RequestInfo | URL, init?: RequestInit) => {
      const body = new URLSearchParams(init?.body as URLSearchParams);
      const expected = challenges.get(body.get('code') ?? '');
      const actual = createHash('sha256')
        .update(body.get('code_verifier') ?? '')
        .digest('base64url');
      if (expected !== actual || body.get('redirect_uri') !== REDIRECT) {
        return Promise.resolve(
          new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'bad verifier' }), { status: 400 }),
        );
      }
      server.tokensIssued += 1;
      return Promise.resolve(
        new Response(JSON.stringify({ access_token: `token-${String(server.tokensIssued)}`, expires_in: 3600 })),
      );
    },
    now: () => clock,
    ...overrides,
  };
  const auth = createAuthService(deps);
  return {
    auth,
    server,
    advance: (ms: number) => (clock += ms),
    stored: () => stored,
    forceLogin: () => forceLogin,
    signedOutHooks: () => signedOutHooks,
  };
}

const authError = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected the sign-in to fail'),
    (e: unknown) => e as AuthError,
  );

describe('auth service', () => {
  it('signs in with the code grant and PKCE, then knows the agent', async () => {
    const { auth, server, stored } = setup();
    await expect(auth.signIn()).resolves.toMatchObject({
      state: 'signed-in',
      agent: { id: 'agent-1', name: 'Alex (token-1)' },
      environmentLabel: 'Local emulator (http://127.0.0.1:9999)',
    });
    const { url, interactive } = server.launches[0] ?? expect.fail('no launch');
    expect(interactive).toBe(true);
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:9999/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: REDIRECT,
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.has('prompt')).toBe(false);
    expect(stored()?.accessToken).toBe('token-1');
    expect(await auth.accessToken()).toBe('token-1');
  });

  it('asks for the client ID before anything else', async () => {
    const { auth, server } = setup({}, '  ');
    const error = await authError(auth.signIn());
    expect(error.kind).toBe('not-configured');
    expect(error.message).toMatch(/OAuth client ID/);
    expect(server.launches).toHaveLength(0);
  });

  it.each([
    ['deny', 'refused', /refused the sign-in \(access_denied: No\)/],
    ['wrong-state', 'state-mismatch', /did not match/],
    ['window-closed', 'cancelled', /window was closed/],
  ] as const)('reports a sign-in answered with %s', async (answer, kind, message) => {
    const { auth, server, stored } = setup();
    server.answer = answer;
    const error = await authError(auth.signIn());
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(stored()).toBeNull();
  });

  it('renews a token that is about to expire without a window, once for concurrent callers', async () => {
    const { auth, server, advance } = setup();
    await auth.signIn();
    advance(3600_000 - 30_000);
    const tokens = await Promise.all([auth.accessToken(), auth.accessToken(), auth.accessToken()]);
    expect(tokens).toEqual(['token-2', 'token-2', 'token-2']);
    expect(server.launches.map((l) => l.interactive)).toEqual([true, false]);
    expect((await auth.status()).state).toBe('signed-in');
  });

  it('keeps a still-valid token when silent renewal fails, and reports expiry after', async () => {
    const { auth, server, advance } = setup();
    await auth.signIn();
    server.remembered = false;
    advance(3600_000 - 30_000);
    expect(await auth.accessToken()).toBe('token-1');
    advance(60_000);
    expect(await auth.accessToken()).toBeUndefined();
    expect((await auth.status()).state).toBe('expired');
  });

  it('signs out: forgets the token, clears caches, revokes, and asks for credentials next time', async () => {
    const { auth, server, stored, forceLogin, signedOutHooks } = setup();
    await auth.signIn();
    await expect(auth.signOut()).resolves.toEqual({ state: 'signed-out' });
    expect(stored()).toBeNull();
    expect(signedOutHooks()).toBe(1);
    expect(server.revoked).toEqual(['token-1']);
    expect(forceLogin()).toBe(true);
    expect(await auth.accessToken()).toBeUndefined();

    await auth.signIn();
    expect(server.launches[1]?.url.searchParams.get('prompt')).toBe('login');
    expect(forceLogin()).toBe(false);
  });

  it('reports a token exchange the server refuses', async () => {
    const { auth } = setup({
      fetch: () => Promise.resolve(new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400 })),
    });
    const error = await authError(auth.signIn());
    expect(error.kind).toBe('exchange-failed');
    expect(error.message).toMatch(/invalid_grant/);
  });
});

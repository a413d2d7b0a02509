import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXTENSION_CLIENT_ID, SEEDED_AGENTS, SEEDED_CLIENTS } from '../seed';
import { startEmulator, type Emulator } from '../server';
import {
  apiClient,
  authorize,
  authorizeUrl,
  exchangeCode,
  json,
  newVerifier,
  pkceRequest,
  submitLogin,
  TEST_REDIRECT_URI,
} from '../testing';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
  await emulator.control.addRedirectUri(EXTENSION_CLIENT_ID, TEST_REDIRECT_URI);
  await emulator.control.addRedirectUri(SEEDED_CLIENTS.implicit.id, TEST_REDIRECT_URI);
});
afterAll(() => emulator.close());
afterEach(() => {
  vi.useRealTimers();
});

interface TokenAnswer {
  access_token: string;
  token_type: string;
  expires_in: number;
}

const get = (url: string, cookie?: string) =>
  fetch(url, { redirect: 'manual', headers: cookie === undefined ? {} : { Cookie: cookie } });

describe('authorization code with PKCE', () => {
  it('signs an agent in and issues a bearer token for them', async () => {
    const { code, verifier } = await authorize(emulator, 'alex');
    const response = await exchangeCode(emulator, code, verifier);
    expect(response.status).toBe(200);
    const token = await json<TokenAnswer>(response);
    expect(token).toEqual({ access_token: expect.any(String) as string, token_type: 'bearer', expires_in: 86400 });
    const me = await apiClient(emulator, token.access_token)('/api/v2/users/me');
    expect(await json<{ id: string }>(me)).toMatchObject({ id: SEEDED_AGENTS.alex.id });
  });

  it('shows the login form listing every agent, then redirects with the code and state', async () => {
    const verifier = newVerifier();
    const form = await get(authorizeUrl(emulator, pkceRequest(verifier)));
    expect(form.status).toBe(200);
    const html = await form.text();
    for (const agent of Object.values(SEEDED_AGENTS)) expect(html).toContain(agent.id);
    const redirected = await submitLogin(emulator, pkceRequest(verifier), 'priya');
    expect(redirected.status).toBe(302);
    const location = new URL(redirected.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(TEST_REDIRECT_URI);
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.get('code')).toBeTruthy();
  });

  it.each([
    ['a wrong verifier', { code_verifier: newVerifier() }, 'invalid_grant'],
    ['another redirect URI', { redirect_uri: 'https://other.chromiumapp.org/' }, 'invalid_grant'],
    ['another client', { client_id: SEEDED_CLIENTS.implicit.id }, 'unauthorized_client'],
    ['a verifier that is too short', { code_verifier: 'short' }, 'invalid_request'],
    ['a verifier with forbidden characters', { code_verifier: `${'a'.repeat(43)}+/` }, 'invalid_request'],
    ['no verifier', { code_verifier: '' }, 'invalid_request'],
  ])('refuses the exchange with %s', async (_case, overrides, error) => {
    const { code, verifier } = await authorize(emulator, 'alex');
    const response = await exchangeCode(emulator, code, verifier, overrides);
    expect(response.status).toBe(400);
    expect(await json<{ error: string }>(response)).toMatchObject({ error, error_description: expect.any(String) as string });
  });

  it('refuses a reused code and revokes the token it was first exchanged for', async () => {
    const { code, verifier } = await authorize(emulator, 'alex');
    const first = await json<TokenAnswer>(await exchangeCode(emulator, code, verifier));
    const replay = await exchangeCode(emulator, code, verifier);
    expect(replay.status).toBe(400);
    expect(await json<{ error: string }>(replay)).toMatchObject({ error: 'invalid_grant' });
    const me = await apiClient(emulator, first.access_token)('/api/v2/users/me');
    expect(me.status).toBe(401);
  });

  it('refuses a code older than 60 seconds', async () => {
    const { code, verifier } = await authorize(emulator, 'alex');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 61_000);
    const response = await exchangeCode(emulator, code, verifier);
    expect(await json<{ error: string }>(response)).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses an unknown client with invalid_client and 401', async () => {
    const { code, verifier } = await authorize(emulator, 'alex');
    const response = await exchangeCode(emulator, code, verifier, { client_id: 'nobody' });
    expect(response.status).toBe(401);
    expect(await json<{ error: string }>(response)).toMatchObject({ error: 'invalid_client' });
  });
});

describe('the authorize endpoint', () => {
  it.each([
    ['an unknown client', { client_id: 'nobody' }],
    ['an unregistered redirect URI', { redirect_uri: 'https://evil.example/' }],
    ['a redirect URI that only starts like a registered one', { redirect_uri: `${TEST_REDIRECT_URI}x` }],
  ])('answers %s with an error page, never a redirect', async (_case, overrides) => {
    const response = await get(authorizeUrl(emulator, pkceRequest(newVerifier(), overrides)));
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it.each<[string, Record<string, string>, string]>([
    ['no code_challenge', { code_challenge: '' }, 'invalid_request'],
    ['code_challenge_method plain', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['no code_challenge_method', { code_challenge_method: '' }, 'invalid_request'],
    ['response_type token for the PKCE client', { response_type: 'token' }, 'unauthorized_client'],
    ['an unknown response_type', { response_type: 'id_token' }, 'unsupported_response_type'],
  ])('sends %s back to the redirect URI as an OAuth error', async (_case, overrides, error) => {
    const response = await get(authorizeUrl(emulator, pkceRequest(newVerifier(), overrides)));
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    const answer = overrides.response_type === 'token' ? new URLSearchParams(location.hash.slice(1)) : location.searchParams;
    expect(answer.get('error')).toBe(error);
    expect(answer.get('error_description')).toBeTruthy();
    expect(answer.get('state')).toBe('state-123');
  });

  it('re-authorizes silently while the login session lasts, unless prompt=login', async () => {
    const { cookie } = await authorize(emulator, 'sam');
    const silent = await get(authorizeUrl(emulator, pkceRequest(newVerifier())), cookie);
    expect(silent.status).toBe(302);
    expect(new URL(silent.headers.get('location') ?? '').searchParams.get('code')).toBeTruthy();
    const prompted = await get(authorizeUrl(emulator, pkceRequest(newVerifier(), { prompt: 'login' })), cookie);
    expect(prompted.status).toBe(200);
  });

  it('forgets the login session on logout', async () => {
    const { cookie } = await authorize(emulator, 'sam');
    const out = await get(new URL('/logout', emulator.url).href, cookie);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    const again = await get(authorizeUrl(emulator, pkceRequest(newVerifier())), cookie);
    expect(again.status).toBe(200);
  });

  it('returns an implicit token in the fragment', async () => {
    const request = {
      response_type: 'token',
      client_id: SEEDED_CLIENTS.implicit.id,
      redirect_uri: TEST_REDIRECT_URI,
      state: 's',
    };
    const response = await submitLogin(emulator, request, 'alex');
    const fragment = new URLSearchParams(new URL(response.headers.get('location') ?? '').hash.slice(1));
    expect(Object.fromEntries(fragment)).toEqual({
      access_token: expect.any(String) as string,
      expires_in: '86400',
      token_type: 'bearer',
      state: 's',
    });
  });

  it('escapes what it puts on the page', async () => {
    await emulator.control.registerClient({
      id: 'sneaky',
      name: '<img src=x onerror=alert(1)>',
      grantType: 'pkce',
      redirectUris: [TEST_REDIRECT_URI],
    });
    const request = pkceRequest(newVerifier(), { client_id: 'sneaky', state: '"><script>alert(1)</script>' });
    const html = await (await get(authorizeUrl(emulator, request))).text();
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('client credentials', () => {
  const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
  const request = (authorization: string, grantType = 'client_credentials') =>
    fetch(new URL('/oauth/token', emulator.url), {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `grant_type=${grantType}`,
    });

  it('issues a token without a user', async () => {
    const response = await request(basic(SEEDED_CLIENTS.service.id, SEEDED_CLIENTS.service.secret));
    const token = await json<TokenAnswer>(response);
    expect(token.token_type).toBe('bearer');
    const me = await apiClient(emulator, token.access_token)('/api/v2/users/me');
    expect(me.status).toBe(400);
  });

  it.each([
    ['a wrong secret', basic(SEEDED_CLIENTS.service.id, 'wrong')],
    ['a public client', basic(EXTENSION_CLIENT_ID, '')],
    ['no credentials', ''],
  ])('answers %s with 401 invalid_client', async (_case, authorization) => {
    const response = await request(authorization);
    expect(response.status).toBe(401);
    expect(await json<{ error: string }>(response)).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses an unknown grant type', async () => {
    const response = await request(basic(SEEDED_CLIENTS.service.id, SEEDED_CLIENTS.service.secret), 'password');
    expect(response.status).toBe(400);
    expect(await json<{ error: string }>(response)).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

describe('tokens', () => {
  it.each([
    ['no token', undefined, 'authentication.required'],
    ['an unknown token', 'Bearer not-a-token', 'bad.credentials'],
  ])('answers %s with 401 %s', async (_case, authorization, code) => {
    const response = await fetch(new URL('/api/v2/users/me', emulator.url), {
      headers: authorization === undefined ? {} : { Authorization: authorization },
    });
    expect(response.status).toBe(401);
    expect(await json<{ code: string }>(response)).toMatchObject({ code, status: 401 });
  });

  it('stops accepting a token once it expires', async () => {
    await emulator.control.setConfig({ tokenLifetimeSeconds: 60 });
    const { code, verifier } = await authorize(emulator, 'alex');
    const token = await json<TokenAnswer>(await exchangeCode(emulator, code, verifier));
    expect(token.expires_in).toBe(60);
    const api = apiClient(emulator, token.access_token);
    expect((await api('/api/v2/users/me')).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 61_000);
    const expired = await api('/api/v2/users/me');
    expect(expired.status).toBe(401);
    expect(await json<{ code: string }>(expired)).toMatchObject({ code: 'bad.credentials' });
    await emulator.control.setConfig({ tokenLifetimeSeconds: 86400 });
  });

  it('expires every token on request of the control API', async () => {
    const { access_token } = await emulator.control.issueToken({ userId: SEEDED_AGENTS.alex.id });
    expect(await emulator.control.expireTokens()).toBeGreaterThan(0);
    expect((await apiClient(emulator, access_token)('/api/v2/users/me')).status).toBe(401);
  });

  it('revokes its own token with DELETE /api/v2/tokens/me', async () => {
    const { access_token } = await emulator.control.issueToken({ userId: SEEDED_AGENTS.alex.id });
    const api = apiClient(emulator, access_token);
    expect(await json<{ OAuthClient: { id: string } }>(await api('/api/v2/tokens/me'))).toMatchObject({
      OAuthClient: { id: EXTENSION_CLIENT_ID },
    });
    expect((await api('/api/v2/tokens/me', { method: 'DELETE' })).status).toBe(204);
    expect((await api('/api/v2/tokens/me')).status).toBe(401);
  });
});

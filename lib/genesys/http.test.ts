import { describe, expect, it, vi } from 'vitest';
import { failureOf } from './testing';
import { createGenesysHttp, type TokenSource } from './http';
import { OPERATIONS } from './operations';

type Reply = Response | Error;

/** A fetch that answers with the given replies in order and records what it was asked. */
function fakeFetch(...replies: Reply[]) {
  const requests: Request[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const reply = replies.shift() ?? new Error('no more replies');
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const errorBody = (status: number, code: string, message: string) =>
  json(status, { status, code, message }, { 'inin-correlation-id': 'corr-1' });

function tokens(current: string | null = 'token-1', renewed: string | null = null): TokenSource & { renewals: number } {
  const source = {
    renewals: 0,
    current: () => Promise.resolve(current ?? undefined),
    renew: () => {
      source.renewals += 1;
      return Promise.resolve(renewed ?? undefined);
    },
  };
  return source;
}

const get = { operation: OPERATIONS.viewContacts, method: 'get', path: 'externalcontacts/contacts' } as const;
const post = {
  operation: OPERATIONS.addContacts,
  method: 'post',
  path: 'externalcontacts/contacts',
  json: { firstName: 'A' },
} as const;

describe('createGenesysHttp', () => {
  it('sends the bearer token to the API base and parses JSON', async () => {
    const { fetch, requests } = fakeFetch(json(200, { total: 0 }));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test/', tokens: tokens(), fetch });
    await expect(
      http.request({ ...get, query: { expand: ['externalOrganization', 'division'], pageSize: 5, q: undefined } }),
    ).resolves.toEqual({
      total: 0,
    });
    expect(requests[0]?.url).toBe(
      'https://api.example.test/api/v2/externalcontacts/contacts?expand=externalOrganization&expand=division&pageSize=5',
    );
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer token-1');
  });

  it('returns undefined for an empty 202', async () => {
    const { fetch } = fakeFetch(new Response(null, { status: 202 }));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch });
    await expect(http.request({ ...post, method: 'put' })).resolves.toBeUndefined();
  });

  it('does not call the API when signed out', async () => {
    const { fetch } = fakeFetch();
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(null), fetch });
    expect((await failureOf(http.request(get))).kind).toBe('unauthorized');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('waits out a 429 and its Retry-After, for any method', async () => {
    const { fetch, requests } = fakeFetch(errorBody(429, 'too.many.requests', 'slow down'), json(200, { id: 'c1' }));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch });
    await expect(http.request(post)).resolves.toEqual({ id: 'c1' });
    expect(requests).toHaveLength(2);
    expect(await requests[1]?.json()).toEqual({ firstName: 'A' });
  });

  it('gives up on a 429 whose Retry-After is too long, and says how long to wait', async () => {
    const { fetch, requests } = fakeFetch(
      json(429, { code: 'too.many.requests', message: 'Rate limit exceeded' }, { 'retry-after': '600' }),
    );
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch, maxRetryAfterSeconds: 5 });
    const failure = await failureOf(http.request(get));
    expect(failure).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 600, code: 'too.many.requests' });
    expect(failure.message).toContain('Wait 600 seconds');
    expect(requests).toHaveLength(1);
  });

  it('retries a 5xx GET with backoff, a bounded number of times', async () => {
    const { fetch, requests } = fakeFetch(
      errorBody(503, 'service.unavailable', 'down'),
      errorBody(502, 'bad.gateway', 'down'),
      errorBody(500, 'internal.server.error', 'down'),
    );
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch, retryLimit: 2 });
    const failure = await failureOf(http.request(get));
    expect(requests).toHaveLength(3);
    expect(failure).toMatchObject({ kind: 'server', status: 500, correlationId: 'corr-1' });
    expect(failure.message).toContain('corr-1');
  });

  it('never repeats a POST after a 5xx or a network error', async () => {
    const server = fakeFetch(errorBody(500, 'internal.server.error', 'boom'));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch: server.fetch });
    expect((await failureOf(http.request(post))).kind).toBe('server');
    expect(server.requests).toHaveLength(1);

    const offline = fakeFetch(new TypeError('Failed to fetch'));
    const http2 = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch: offline.fetch });
    expect((await failureOf(http2.request(post))).kind).toBe('network');
    expect(offline.requests).toHaveLength(1);
  });

  it('gives up on a request Genesys Cloud never answers, says so, and leaves trying again to the agent', async () => {
    const requests: Request[] = [];
    // A server that takes the request and never answers: only the client's timeout ends it.
    const silent = ((input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push(request);
      return new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
      });
    }) as typeof globalThis.fetch;
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch: silent, timeoutMs: 50 });
    const failure = await failureOf(http.request(get));
    expect(failure).toMatchObject({ kind: 'timeout', message: 'Genesys Cloud did not answer in time. Try again.' });
    // One wait of `timeoutMs` is all the agent sits through; the card offers "Try again".
    expect(requests).toHaveLength(1);
  });

  it('retries a GET after a network error', async () => {
    const { fetch, requests } = fakeFetch(new TypeError('Failed to fetch'), json(200, { ok: true }));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch });
    await expect(http.request(get)).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
  });

  it('renews the token once after a 401 and repeats the request with it', async () => {
    const source = tokens('old', 'new');
    const { fetch, requests } = fakeFetch(errorBody(401, 'bad.credentials', 'expired'), json(200, { id: 'me' }));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: source, fetch });
    await expect(http.request(get)).resolves.toEqual({ id: 'me' });
    expect(source.renewals).toBe(1);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer old', 'Bearer new']);
  });

  it('reports a session that cannot be renewed', async () => {
    const source = tokens('old', null);
    const { fetch, requests } = fakeFetch(errorBody(401, 'bad.credentials', 'expired'));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: source, fetch });
    const failure = await failureOf(http.request(get));
    expect(failure.kind).toBe('unauthorized');
    expect(failure.message).toMatch(/Sign in again/);
    expect(requests).toHaveLength(1);
  });

  it('stops after one renewal when the new token is refused too', async () => {
    const source = tokens('old', 'new');
    const { fetch, requests } = fakeFetch(errorBody(401, 'bad.credentials', 'x'), errorBody(401, 'bad.credentials', 'x'));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: source, fetch });
    expect((await failureOf(http.request(get))).kind).toBe('unauthorized');
    expect(source.renewals).toBe(1);
    expect(requests).toHaveLength(2);
  });

  it.each([
    [403, 'missing.any.permissions', 'forbidden', /lacks permission to add external contacts.*externalContacts:contact:add/],
    [404, 'not.found', 'not-found', /could not find that contact/],
    [400, 'invalid.value', 'bad-request', /refused to add external contacts: Value \[x\] is not valid/],
    [409, 'conflict', 'conflict', /changed this contact at the same time/],
  ])('explains a %i (%s) in words the agent can act on', async (status, code, kind, message) => {
    const { fetch } = fakeFetch(errorBody(status, code, 'Value [x] is not valid'));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch });
    const failure = await failureOf(http.request(post));
    expect(failure).toMatchObject({ kind, status, code, correlationId: 'corr-1' });
    expect(failure.message).toMatch(message);
  });

  it('reports a reply that is not JSON', async () => {
    const { fetch } = fakeFetch(new Response('<html>oops', { status: 200, headers: { 'inin-correlation-id': 'c9' } }));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch });
    expect(await failureOf(http.request(get))).toMatchObject({ kind: 'malformed', correlationId: 'c9' });
  });

  it('reports an error reply that is not JSON', async () => {
    const { fetch } = fakeFetch(new Response('Bad Gateway', { status: 400 }));
    const http = createGenesysHttp({ apiBase: 'https://api.example.test', tokens: tokens(), fetch });
    expect(await failureOf(http.request(post))).toMatchObject({ kind: 'bad-request', status: 400 });
  });
});

import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './server';
import { json, signedIn, type ApiClient } from './testing';

let emulator: Emulator;
let api: ApiClient;
const LOOKUP = '/api/v2/externalcontacts/reversewhitepageslookup';
const lookup = () => api(`${LOOKUP}?lookupVal=${encodeURIComponent('+16175550142')}`);

beforeAll(async () => {
  emulator = await startEmulator();
  api = await signedIn(emulator, 'alex');
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.close());

describe('faults', () => {
  it('answers with a status and a Genesys error body, for as many requests as asked', async () => {
    await emulator.control.addFault({ pathPrefix: LOOKUP, status: 503, retryAfterSeconds: 7, count: 2 });
    for (let i = 0; i < 2; i += 1) {
      const failed = await lookup();
      expect(failed.status).toBe(503);
      expect(failed.headers.get('retry-after')).toBe('7');
      expect(await json<Models.ErrorBody>(failed)).toMatchObject({
        code: 'service.unavailable',
        status: 503,
        contextId: failed.headers.get('inin-correlation-id'),
      });
    }
    expect((await lookup()).status).toBe(200);
    expect(await emulator.control.listFaults()).toEqual([]);
  });

  it('uses the code and message given', async () => {
    const fault = { status: 429, code: 'too.many.requests', message: 'Slow down' };
    await emulator.control.addFault({ pathPrefix: '/api/v2/users/me', ...fault });
    expect(await json<Models.ErrorBody>(await api('/api/v2/users/me'))).toMatchObject({
      code: fault.code,
      message: fault.message,
    });
  });

  it('matches the method and path prefix only', async () => {
    await emulator.control.addFault({ method: 'put', pathPrefix: '/api/v2/externalcontacts/contacts', status: 500 });
    expect((await api('/api/v2/externalcontacts/contacts')).status).toBe(200);
    expect((await lookup()).status).toBe(200);
    const put = await api('/api/v2/externalcontacts/contacts/x', { method: 'PUT', json: {} });
    expect(put.status).toBe(500);
    expect(await json<Models.ErrorBody>(put)).toMatchObject({ code: 'internal.server.error' });
  });

  it('delays a request and then answers it normally', async () => {
    await emulator.control.addFault({ pathPrefix: LOOKUP, latencyMs: 150, count: 1 });
    const started = Date.now();
    expect((await lookup()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('sends a body that is not JSON', async () => {
    await emulator.control.addFault({ pathPrefix: LOOKUP, malformedBody: true });
    const response = await lookup();
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('drops the connection, and the request log shows it', async () => {
    await emulator.control.addFault({ pathPrefix: LOOKUP, dropConnection: true, count: 1 });
    await expect(lookup()).rejects.toThrow();
    await expect.poll(async () => (await emulator.control.listRequests(LOOKUP)).map((entry) => entry.status)).toEqual([0]);
  });

  it('applies to the token endpoint too, and is cleared on request', async () => {
    await emulator.control.addFault({ pathPrefix: '/oauth/token', status: 502 });
    const token = await fetch(new URL('/oauth/token', emulator.url), { method: 'POST', body: 'grant_type=client_credentials' });
    expect(token.status).toBe(502);
    await emulator.control.clearFaults();
    expect(await emulator.control.listFaults()).toEqual([]);
  });
});

import { request } from 'node:http';
import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_CLIENT_ID, KNOWN_CONTACTS, KNOWN_ORGANIZATIONS, SEEDED_AGENTS } from './seed';
import { startEmulator, type Emulator } from './server';
import { authorizeUrl, json, newVerifier, pkceRequest, signedIn } from './testing';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const control = (path: string, init: RequestInit = {}) => fetch(new URL(`/__control${path}`, emulator.url), init);

describe('the control API', () => {
  it('refuses requests without its header, and never answers with CORS headers', async () => {
    const response = await control('/config', { headers: { Origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await control('/reset', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-emulator-control',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('refuses requests addressed to another host name, as after DNS rebinding', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const headers = { Host: 'attacker.example', 'x-emulator-control': '1' };
      const sent = request(new URL('/__control/config', emulator.url), { headers }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      sent.on('error', reject);
      sent.end();
    });
    expect(status).toBe(403);
  });

  it('answers the API’s preflights for any origin', async () => {
    const preflight = await fetch(new URL('/api/v2/users/me', emulator.url), {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abc',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('resets deleted data to the seed', async () => {
    const api = await signedIn(emulator, 'alex');
    const path = `/api/v2/externalcontacts/contacts/${KNOWN_CONTACTS.danaWhitfield.id}`;
    await api(path, { method: 'DELETE' });
    await expect(emulator.control.getContact(KNOWN_CONTACTS.danaWhitfield.id)).rejects.toThrow(/404/);
    await emulator.control.reset();
    expect(await emulator.control.getContact(KNOWN_CONTACTS.danaWhitfield.id)).toMatchObject({
      firstName: 'Dana',
      organizationId: KNOWN_ORGANIZATIONS.northwind.id,
    });
  });

  it('adds seed data with pinned ids', async () => {
    const result = await emulator.control.addSeedData({
      organizations: [{ id: 'org-test', name: 'Test Org' }],
      contacts: [
        {
          id: 'contact-test',
          firstName: 'Tess',
          workPhone: { display: '+44 20 7946 0958' },
          externalOrganization: { id: 'org-test' },
        },
      ],
      notes: [{ contactId: 'contact-test', noteText: 'Seeded.', createdById: SEEDED_AGENTS.priya.id }],
    });
    expect(result.contacts[0]).toMatchObject({ id: 'contact-test', workPhone: { e164: '+442079460958' } });
    expect(result.notes[0]?.createdBy).toMatchObject({ id: SEEDED_AGENTS.priya.id });
    await expect(emulator.control.addSeedData({ contacts: [{ workEmail: 'nope' }] })).rejects.toThrow(/400/);
  });

  it('registers clients and redirect URIs the authorize endpoint then accepts', async () => {
    const redirectUri = 'https://0123456789abcdef.extensions.allizom.org/';
    const page = () =>
      fetch(authorizeUrl(emulator, pkceRequest(newVerifier(), { redirect_uri: redirectUri })), { redirect: 'manual' });
    expect((await page()).status).toBe(400);
    const client = await emulator.control.addRedirectUri(EXTENSION_CLIENT_ID, redirectUri);
    expect(client.redirectUris).toContain(redirectUri);
    expect((await page()).status).toBe(200);
    await expect(emulator.control.addRedirectUri(EXTENSION_CLIENT_ID, 'not a url')).rejects.toThrow(/400/);
    await expect(emulator.control.registerClient({ id: 'svc', grantType: 'client-credentials' })).rejects.toThrow(/secret/);
  });

  it('records API requests with the agent who made them', async () => {
    await emulator.control.clearRequests();
    const api = await signedIn(emulator, 'priya');
    await api('/api/v2/externalcontacts/contacts?q=dana&expand=externalOrganization');
    const [entry] = await emulator.control.listRequests('/api/v2/externalcontacts');
    expect(entry).toMatchObject({
      method: 'GET',
      path: '/api/v2/externalcontacts/contacts',
      query: { q: 'dana', expand: 'externalOrganization' },
      status: 200,
      userId: SEEDED_AGENTS.priya.id,
      clientId: EXTENSION_CLIENT_ID,
    });
  });

  it('serves every API response with a correlation id', async () => {
    const response = await fetch(new URL('/api/v2/nothing-here', emulator.url), { headers: { Authorization: 'Bearer x' } });
    expect(response.headers.get('inin-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await json<Models.ErrorBody>(response)).toMatchObject({ status: 401 });
  });
});

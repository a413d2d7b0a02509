import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, KNOWN_ORGANIZATIONS, SEEDED_AGENTS, type AgentKey } from '../seed';
import { startEmulator, type Emulator } from '../server';
import { json, signedIn } from '../testing';

let emulator: Emulator;
const BASE = '/api/v2/externalcontacts';

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const contact = `${BASE}/contacts/${KNOWN_CONTACTS.danaWhitfield.id}`;
const org = `${BASE}/organizations/${KNOWN_ORGANIZATIONS.tailspin.id}`;
const lookup = `${BASE}/reversewhitepageslookup?lookupVal=${encodeURIComponent('+16175550142')}`;

describe('permissions', () => {
  it.each<[AgentKey, string, string, unknown, number]>([
    ['alex', 'GET', lookup, undefined, 200],
    ['alex', 'PUT', contact, { firstName: 'Dana' }, 200],
    ['priya', 'GET', contact, undefined, 200],
    ['priya', 'GET', lookup, undefined, 200],
    ['priya', 'PUT', contact, { firstName: 'Dana' }, 403],
    ['priya', 'POST', `${BASE}/contacts`, { firstName: 'New' }, 403],
    ['priya', 'DELETE', contact, undefined, 403],
    ['priya', 'POST', `${org}/notes`, { noteText: 'x' }, 403],
    ['sam', 'GET', contact, undefined, 200],
    ['sam', 'PUT', contact, { firstName: 'Dana' }, 200],
    ['sam', 'GET', lookup, undefined, 403],
    ['sam', 'DELETE', `${org}/trustor`, undefined, 403],
    ['jordan', 'GET', contact, undefined, 403],
    ['jordan', 'GET', '/api/v2/users/me', undefined, 200],
    ['jordan', 'GET', '/api/v2/conversations', undefined, 200],
  ])('%s: %s %s → %i', async (agent, method, path, body, status) => {
    await emulator.control.reset();
    const api = await signedIn(emulator, agent);
    expect((await api(path, { method, json: body })).status).toBe(status);
  });

  it('names the permissions that would have been enough', async () => {
    const api = await signedIn(emulator, 'priya');
    const response = await api(`${BASE}/contacts`, { method: 'POST', json: { firstName: 'New' } });
    expect(await json<Models.ErrorBody>(response)).toEqual({
      message:
        'Unable to perform the requested action. You must have at least one of the following permissions assigned: ' +
        '[relate:contact:add, externalContacts:contact:add]',
      code: 'missing.any.permissions',
      status: 403,
      contextId: response.headers.get('inin-correlation-id'),
      details: [],
      errors: [],
    });
  });

  it('lists an agent’s permissions with expand=authorization', async () => {
    const api = await signedIn(emulator, 'priya');
    const me = await json<Models.UserMe>(await api('/api/v2/users/me?expand=authorization'));
    expect(me.authorization?.permissions).toEqual([...SEEDED_AGENTS.priya.permissions]);
  });
});

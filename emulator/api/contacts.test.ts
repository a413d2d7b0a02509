import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, KNOWN_ORGANIZATIONS, SEEDED_AGENTS } from '../seed';
import { startEmulator, type Emulator } from '../server';
import { json, signedIn, type ApiClient } from '../testing';

let emulator: Emulator;
let api: ApiClient;
const BASE = '/api/v2/externalcontacts';

beforeAll(async () => {
  emulator = await startEmulator();
  api = await signedIn(emulator, 'alex');
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.close());

const listing = async (path: string) => json<Models.ContactListing>(await api(path));
const names = (list: Models.ContactListing) => (list.entities ?? []).map((c) => `${c.firstName ?? ''} ${c.lastName ?? ''}`);

describe('listing contacts', () => {
  it('pages through every contact, 20 at a time by default', async () => {
    const first = await listing(`${BASE}/contacts`);
    expect(first).toMatchObject({ pageSize: 20, pageNumber: 1, total: 50, pageCount: 3 });
    expect(first.entities).toHaveLength(20);
    expect(first.nextUri).toBe(`${BASE}/contacts?pageSize=20&pageNumber=2`);
    const last = await listing(`${BASE}/contacts?pageNumber=3`);
    expect(last.entities).toHaveLength(10);
    expect(last.nextUri).toBeUndefined();
  });

  it('refuses to page past the first 1,000 records', async () => {
    const response = await api(`${BASE}/contacts?pageSize=100&pageNumber=11`);
    expect(response.status).toBe(400);
    expect(await json<Models.ErrorBody>(response)).toMatchObject({ code: 'bad.request', status: 400 });
  });

  it('pages an organization with more than 20 contacts', async () => {
    const path = `${BASE}/organizations/${KNOWN_ORGANIZATIONS.northwind.id}/contacts`;
    const first = await listing(path);
    expect(first).toMatchObject({ total: 22, pageCount: 2 });
    const second = await listing(`${path}?pageNumber=2`);
    expect(second.entities).toHaveLength(2);
    expect(new Set([...names(first), ...names(second)]).size).toBe(22);
  });

  it.each([
    ['whitfield', ['Dana Whitfield']],
    ['DANA', ['Dana Whitfield']],
    ['chief', ['Marcus Chen', 'William Turner']],
    ['oliver_ships', ['Oliver Bennett']],
    ['+14155550100', []],
    ['617 555 0142', ['Dana Whitfield']],
    ['dana.w@mailbox.example', ['Dana Whitfield']],
  ])('searches q=%s', async (q, expected) => {
    expect(names(await listing(`${BASE}/contacts?q=${encodeURIComponent(q)}`)).sort()).toEqual(expected);
  });

  it('sorts by the allowed fields', async () => {
    const sorted = await listing(`${BASE}/contacts?sortOrder=lastName:desc&pageSize=50`);
    const lastNames = sorted.entities?.map((c) => c.lastName ?? '');
    expect(lastNames).toEqual([...(lastNames ?? [])].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })));
    const titles = (await listing(`${BASE}/contacts?sortOrder=title:asc&pageSize=50`)).entities?.map((c) => c.title ?? '');
    expect(titles).toEqual([...(titles ?? [])].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('refuses an unknown sortOrder with invalid.value', async () => {
    const response = await api(`${BASE}/contacts?sortOrder=email:asc`);
    expect(response.status).toBe(400);
    expect(await json<Models.ErrorBody>(response)).toMatchObject({ code: 'invalid.value' });
  });

  it.each(['expand=externalOrganization', 'expand[]=externalOrganization', 'expand=division,externalOrganization'])(
    'embeds the organization with %s',
    async (expand) => {
      const path = `${BASE}/contacts/${KNOWN_CONTACTS.danaWhitfield.id}?${expand}`;
      const contact = await json<Models.ExternalContact>(await api(path));
      expect(contact.externalOrganization).toMatchObject({
        id: KNOWN_ORGANIZATIONS.northwind.id,
        name: 'Northwind Health Partners',
      });
    },
  );

  it('references the organization by id without expand', async () => {
    const contact = await json<Models.ExternalContact>(await api(`${BASE}/contacts/${KNOWN_CONTACTS.danaWhitfield.id}`));
    expect(contact.externalOrganization).toEqual({
      id: KNOWN_ORGANIZATIONS.northwind.id,
      selfUri: `${BASE}/organizations/${KNOWN_ORGANIZATIONS.northwind.id}`,
    });
  });
});

describe('writing contacts', () => {
  it('normalizes phone numbers and sets the server fields', async () => {
    const response = await api(`${BASE}/contacts`, {
      method: 'POST',
      json: {
        firstName: '  Ada ',
        lastName: 'Lovelace',
        workPhone: { display: '020 7946 0018', normalizationCountryCode: 'GB', e164: '+999' },
        cellPhone: { display: '(415) 555-0123' },
        otherPhone: { display: 'ext. 12' },
        twitterId: { screenName: '@ada' },
        externalOrganization: { id: KNOWN_ORGANIZATIONS.fabrikam.id },
      },
    });
    expect(response.status).toBe(200);
    const contact = await json<Models.ExternalContact>(response);
    expect(contact).toMatchObject({
      id: expect.any(String) as string,
      firstName: 'Ada',
      workPhone: { display: '+44 20 7946 0018', userInput: '020 7946 0018', e164: '+442079460018', countryCode: 'GB' },
      cellPhone: { display: '+1 415 555 0123', e164: '+14155550123', countryCode: 'US' },
      otherPhone: { display: 'ext. 12', userInput: 'ext. 12' },
      externalOrganization: { id: KNOWN_ORGANIZATIONS.fabrikam.id },
    });
    expect(contact.otherPhone?.e164).toBeUndefined();
    expect(contact.createDate).toBe(contact.modifyDate);
    expect(contact.selfUri).toBe(`${BASE}/contacts/${contact.id ?? ''}`);
  });

  it.each([
    ['an invalid email', { workEmail: 'not-an-email' }, 'workEmail'],
    ['a bad twitter screen name', { twitterId: { screenName: 'has space' } }, 'twitterId.screenName'],
    ['a number for a name', { firstName: 42 }, 'firstName'],
    ['an unknown organization', { externalOrganization: { id: 'nope' } }, 'externalOrganization.id'],
  ])('refuses %s', async (_case, body, field) => {
    const response = await api(`${BASE}/contacts`, { method: 'POST', json: { firstName: 'X', ...body } });
    expect(response.status).toBe(400);
    const error = await json<Models.ErrorBody>(response);
    expect(error).toMatchObject({ code: 'invalid.value', status: 400, contextId: response.headers.get('inin-correlation-id') });
    expect(error.details?.[0]?.fieldName).toBe(field);
  });

  it('refuses a body that is not JSON', async () => {
    const headers = { 'Content-Type': 'application/json' };
    const response = await api(`${BASE}/contacts`, { method: 'POST', body: '{"firstName":', headers });
    expect(response.status).toBe(400);
    expect(await json<Models.ErrorBody>(response)).toMatchObject({ code: 'bad.request' });
  });

  it('replaces the whole contact on PUT and keeps its creation date', async () => {
    const id = KNOWN_CONTACTS.danaWhitfield.id;
    const before = await json<Models.ExternalContact>(await api(`${BASE}/contacts/${id}`));
    const after = await json<Models.ExternalContact>(
      await api(`${BASE}/contacts/${id}`, { method: 'PUT', json: { firstName: 'Dana', lastName: 'Whitfield-Ross' } }),
    );
    expect(after).toMatchObject({ id, lastName: 'Whitfield-Ross', createDate: before.createDate });
    expect(after.workPhone).toBeUndefined();
    expect(after.externalOrganization).toBeUndefined();
  });

  it('deletes a contact and its notes', async () => {
    const id = KNOWN_CONTACTS.danaWhitfield.id;
    expect((await api(`${BASE}/contacts/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api(`${BASE}/contacts/${id}`)).status).toBe(404);
    expect((await api(`${BASE}/contacts/${id}/notes`)).status).toBe(404);
  });

  it('answers unknown ids with 404 not.found', async () => {
    const response = await api(`${BASE}/contacts/does-not-exist`, { method: 'PUT', json: {} });
    expect(response.status).toBe(404);
    expect(await json<Models.ErrorBody>(response)).toMatchObject({ code: 'not.found', status: 404, details: [], errors: [] });
  });
});

describe('contact notes', () => {
  const notes = `${BASE}/contacts/${KNOWN_CONTACTS.danaWhitfield.id}/notes`;

  it('lists the seeded notes newest first, with the author on request', async () => {
    const list = await json<Models.NoteListing>(await api(`${notes}?expand=author`));
    expect(list.total).toBe(3);
    const dates = (list.entities ?? []).map((note) => note.createDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(list.entities?.[0]?.createdBy).toMatchObject({ id: SEEDED_AGENTS.alex.id, name: 'Alex Rivera' });
  });

  it('writes notes as the signed-in agent, whatever the body says', async () => {
    const created = await json<Models.Note>(
      await api(notes, { method: 'POST', json: { noteText: 'Called back.', createdBy: { id: SEEDED_AGENTS.priya.id } } }),
    );
    expect(created.createdBy).toEqual({ id: SEEDED_AGENTS.alex.id, selfUri: `/api/v2/users/${SEEDED_AGENTS.alex.id}` });
    const updated = await json<Models.Note>(
      await api(`${notes}/${created.id ?? ''}`, { method: 'PUT', json: { noteText: 'Called back twice.' } }),
    );
    expect(updated).toMatchObject({ noteText: 'Called back twice.', createDate: created.createDate });
    expect((await api(`${notes}/${created.id ?? ''}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api(`${notes}/${created.id ?? ''}`)).status).toBe(404);
  });

  it.each([
    ['empty text', { noteText: '' }],
    ['text over 32000 characters', { noteText: 'x'.repeat(32001) }],
    ['no text', {}],
  ])('refuses %s', async (_case, body) => {
    expect((await api(notes, { method: 'POST', json: body })).status).toBe(400);
  });

  it('caps note pages at 100', async () => {
    expect((await api(`${notes}?pageSize=101`)).status).toBe(400);
  });
});

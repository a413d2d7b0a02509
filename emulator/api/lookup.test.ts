import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, KNOWN_LOOKUPS, KNOWN_ORGANIZATIONS } from '../seed';
import { startEmulator, type Emulator } from '../server';
import { json, signedIn, type ApiClient } from '../testing';
import { LOOKUP_LIMIT } from './lookup';

let emulator: Emulator;
let api: ApiClient;
const LOOKUP = '/api/v2/externalcontacts/reversewhitepageslookup';

beforeAll(async () => {
  emulator = await startEmulator();
  api = await signedIn(emulator, 'alex');
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.close());

async function lookup(lookupVal: string, extra = ''): Promise<Models.ReverseWhitepagesLookupResult> {
  return json(await api(`${LOOKUP}?lookupVal=${encodeURIComponent(lookupVal)}${extra}`));
}
const ids = async (lookupVal: string) => ((await lookup(lookupVal)).contacts ?? []).map((contact) => contact.id).sort();

const K = KNOWN_CONTACTS;

describe('reverse whitepages lookup', () => {
  it.each([
    ['work phone', K.danaWhitfield.workPhone?.e164, K.danaWhitfield.id],
    ['cell phone', K.danaWhitfield.cellPhone?.e164, K.danaWhitfield.id],
    ['home phone', K.williamTurner.homePhone?.e164, K.williamTurner.id],
    ['other phone', K.hiroshiTanaka.otherPhone?.e164, K.hiroshiTanaka.id],
    ['WhatsApp number', K.lucasAlmeida.whatsAppId?.phoneNumber.e164, K.lucasAlmeida.id],
  ])('matches the %s by E.164', async (_field, e164, id) => {
    expect(e164).toMatch(/^\+/);
    expect(await ids(e164 ?? '')).toEqual([id]);
  });

  it('finds every contact sharing a number, across fields', async () => {
    expect(await ids(KNOWN_LOOKUPS.sharedPhone.lookupVal)).toEqual([...KNOWN_LOOKUPS.sharedPhone.contactIds].sort());
  });

  it.each(['support@fabrikam-logistics.example', 'SUPPORT@fabrikam-logistics.EXAMPLE'])(
    'matches every email field in any case: %s',
    async (email) => {
      expect(await ids(email)).toEqual([...KNOWN_LOOKUPS.sharedEmail.contactIds].sort());
    },
  );

  it.each([
    ['DanaWhitfield', K.danaWhitfield.id],
    ['@danawhitfield', K.danaWhitfield.id],
    ['oliver_ships', K.oliverBennett.id],
    ['@OLIVER_SHIPS', K.oliverBennett.id],
  ])('matches the Twitter screen name %s with or without "@"', async (screenName, id) => {
    expect(await ids(screenName)).toEqual([id]);
  });

  it.each([
    ['a national-format number', '(617) 555-0142'],
    ['an unencoded "+" (a space once decoded)', ' 16175550142'],
    ['part of an email', 'support@fabrikam'],
    ['a partial screen name', 'DanaWhit'],
    ['a name', 'Dana Whitfield'],
  ])('matches nothing for %s', async (_case, value) => {
    expect(await ids(value)).toEqual([]);
  });

  it('returns at most 25 contacts', async () => {
    const contacts = Array.from({ length: 30 }, (_, index) => ({
      firstName: `Clone ${String(index)}`,
      workPhone: { display: '+1 312 555 0166' },
    }));
    await emulator.control.addSeedData({ contacts });
    expect(await ids('+13125550166')).toHaveLength(LOOKUP_LIMIT);
  });

  it('embeds organizations only with expand=contacts.externalOrganization', async () => {
    const plain = await lookup(KNOWN_LOOKUPS.sharedEmail.lookupVal);
    expect(plain.contacts?.[0]?.externalOrganization).toEqual({
      id: KNOWN_ORGANIZATIONS.fabrikam.id,
      selfUri: `/api/v2/externalcontacts/organizations/${KNOWN_ORGANIZATIONS.fabrikam.id}`,
    });
    const expanded = await lookup(KNOWN_LOOKUPS.sharedEmail.lookupVal, '&expand[]=contacts.externalOrganization');
    expect(expanded.contacts?.[0]?.externalOrganization).toMatchObject({ name: 'Fabrikam Logistics Ltd' });
    expect(Object.keys(expanded)).toEqual(['contacts']);
  });

  it.each(['', '?lookupVal='])('refuses a missing lookupVal (%s)', async (search) => {
    const response = await api(`${LOOKUP}${search}`);
    expect(response.status).toBe(400);
    expect(await json<Models.ErrorBody>(response)).toMatchObject({ code: 'bad.request', status: 400 });
  });
});

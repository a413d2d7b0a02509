import { describe, expect, it } from 'vitest';
import { lookupContacts } from './api/lookup';
import {
  KNOWN_CONTACTS,
  KNOWN_LOOKUPS,
  KNOWN_ORGANIZATIONS,
  loadSeed,
  SEED_CONTACTS,
  SEED_ORGANIZATIONS,
  SEEDED_AGENTS,
} from './seed';
import { stableId } from './seed-data/ids';
import { ExternalContactsStore } from './store';

const store = new ExternalContactsStore();
loadSeed(store);

describe('the seed', () => {
  it('holds about 50 contacts across 10 organizations', () => {
    expect(store.contacts.size).toBe(50);
    expect(store.organizations.size).toBe(10);
    expect(new Set(SEED_CONTACTS.map((contact) => contact.id)).size).toBe(SEED_CONTACTS.length);
  });

  it('normalizes every phone number to E.164', () => {
    for (const contact of store.contacts.values()) {
      const { workPhone, cellPhone, homePhone, otherPhone, whatsAppId } = contact;
      const phones = [workPhone, cellPhone, homePhone, otherPhone, whatsAppId?.phoneNumber].filter(
        (value) => value !== undefined,
      );
      for (const phone of phones) {
        const label = `${contact.firstName ?? ''} ${contact.lastName ?? ''}: ${phone.userInput ?? ''}`;
        expect(phone.e164, label).toMatch(/^\+\d{8,15}$/);
      }
    }
    for (const org of store.organizations.values()) expect(org.phoneNumber?.e164).toMatch(/^\+\d{8,15}$/);
  });

  it('spans several countries', () => {
    const countries = new Set(
      [...store.contacts.values()].map((contact) => (contact.workPhone ?? contact.cellPhone)?.countryCode),
    );
    expect([...countries]).toEqual(expect.arrayContaining(['US', 'GB', 'DE', 'FR', 'IE', 'AU', 'JP', 'BR', 'IN']));
  });

  it('gives one organization more than a default page of contacts, and one contact none', () => {
    expect(store.contactsOf(KNOWN_ORGANIZATIONS.northwind.id).length).toBeGreaterThan(20);
    expect(store.contacts.get(KNOWN_CONTACTS.rileyQuinn.id)?.organizationId).toBeUndefined();
  });

  it('keeps ids stable between runs', () => {
    expect(stableId('contact:Dana Whitfield')).toBe(KNOWN_CONTACTS.danaWhitfield.id);
    expect(SEEDED_AGENTS.alex.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(SEED_ORGANIZATIONS.northwind.id).toBe(stableId('organization:northwind'));
  });

  it('dates notes by seeded agents in the past', () => {
    const agentIds = new Set(Object.values(SEEDED_AGENTS).map((agent) => agent.id));
    for (const note of store.notes.values()) {
      expect(agentIds.has(note.createdById)).toBe(true);
      expect(Date.parse(note.createDate)).toBeLessThan(Date.now());
    }
  });

  it.each(Object.entries(KNOWN_LOOKUPS))('finds the known contacts for %s', (_name, { lookupVal, contactIds }) => {
    expect(
      lookupContacts(store, lookupVal)
        .map((contact) => contact.id)
        .sort(),
    ).toEqual([...contactIds].sort());
  });
});

import type { OAuthClient } from './oauth/clients';
import { normalizeContactFields, type ContactFields } from './records';
import { DEMO_ORGANIZATION, SEEDED_AGENTS, TRUSTOR_ORGS, type AgentKey } from './seed-data/agents';
import { contactId, SEED_CONTACTS } from './seed-data/contacts';
import { daysAgo } from './seed-data/ids';
import { SEED_NOTES, SEED_RELATIONSHIPS } from './seed-data/notes';
import { SEED_ORGANIZATIONS, type OrganizationKey } from './seed-data/organizations';
import type { ExternalContactsStore } from './store';

export { DEMO_ORGANIZATION, SEEDED_AGENTS, TRUSTOR_ORGS, SEED_CONTACTS, SEED_NOTES, SEED_ORGANIZATIONS, SEED_RELATIONSHIPS };
export type { AgentKey, OrganizationKey };

/** The extension's client: Authorization Code with PKCE, no secret (as `lib/build-flags.ts` expects). */
export const EXTENSION_CLIENT_ID = 'screen-pop-local';

/**
 * OAuth clients as an org administrator would register them. Redirect URIs are exact strings;
 * tests register the extension's own (`https://<id>.chromiumapp.org/`, ...) at run time.
 */
export const SEEDED_CLIENTS = {
  extension: {
    id: EXTENSION_CLIENT_ID,
    name: 'screen-pop (Authorization Code with PKCE)',
    grantType: 'pkce',
    redirectUris: ['https://screen-pop.example/callback'],
  },
  implicit: {
    id: 'screen-pop-implicit',
    name: 'screen-pop legacy (Implicit grant)',
    grantType: 'implicit',
    redirectUris: ['https://screen-pop.example/callback'],
  },
  service: {
    id: 'screen-pop-service',
    name: 'screen-pop tests (Client Credentials)',
    grantType: 'client-credentials',
    secret: 'screen-pop-service-secret',
    redirectUris: [],
  },
} as const satisfies Record<string, OAuthClient>;

export type KnownContact = ContactFields & { id: string; organizationId?: string };

function known(first: string, last: string): KnownContact {
  const seed = SEED_CONTACTS.find((contact) => contact.id === contactId(first, last));
  if (!seed) throw new Error(`No seeded contact ${first} ${last}`);
  return { ...normalizeContactFields(seed), id: seed.id, organizationId: seed.organizationId };
}

/** Named seeded contacts, with their phone fields as the store holds them (`e164` filled in). */
export const KNOWN_CONTACTS = {
  /** Work and cell phones, work and personal email, Twitter stored as "@DanaWhitfield". */
  danaWhitfield: known('Dana', 'Whitfield'),
  /** UK number typed in national format; Twitter stored as "oliver_ships" (no "@"). */
  oliverBennett: known('Oliver', 'Bennett'),
  /** No organization. */
  rileyQuinn: known('Riley', 'Quinn'),
  /** Cell phone and a different WhatsApp number. */
  lucasAlmeida: known('Lucas', 'Almeida'),
  /** Japanese work phone and an "other" phone. */
  hiroshiTanaka: known('Hiroshi', 'Tanaka'),
  /** Has a home phone. */
  williamTurner: known('William', 'Turner'),
  aishaOkafor: known('Aisha', 'Okafor'),
  isabellaCosta: known('Isabella', 'Costa'),
  emilyWalsh: known('Emily', 'Walsh'),
  charlotteHughes: known('Charlotte', 'Hughes'),
  jackRobinson: known('Jack', 'Robinson'),
  ameliaClarke: known('Amelia', 'Clarke'),
} as const;

export const KNOWN_ORGANIZATIONS = {
  /** 22 contacts: more than one default page of organization contacts. */
  northwind: SEED_ORGANIZATIONS.northwind,
  /** Linked to the trustor `TRUSTOR_ORGS.fabrikamCloud`. */
  fabrikam: SEED_ORGANIZATIONS.fabrikam,
  /** Not linked; `TRUSTOR_ORGS.tailspinCloud` is free to link to it. */
  tailspin: SEED_ORGANIZATIONS.tailspin,
} as const;

const ids = (...contacts: KnownContact[]) => contacts.map((contact) => contact.id);
const K = KNOWN_CONTACTS;

/** Lookup values and the contacts `reversewhitepageslookup` finds for them. */
export const KNOWN_LOOKUPS = {
  /** Work phone of Aisha Okafor and Isabella Costa, other phone of Emily Walsh. */
  sharedPhone: { lookupVal: '+16175550125', contactIds: ids(K.aishaOkafor, K.isabellaCosta, K.emilyWalsh) },
  /** Work email of Charlotte Hughes and (capitalised) Jack Robinson, other email of Amelia Clarke. */
  sharedEmail: {
    lookupVal: 'support@fabrikam-logistics.example',
    contactIds: ids(K.charlotteHughes, K.jackRobinson, K.ameliaClarke),
  },
  homePhone: { lookupVal: '+17815550190', contactIds: ids(K.williamTurner) },
  otherPhone: { lookupVal: '+819012345678', contactIds: ids(K.hiroshiTanaka) },
  whatsApp: { lookupVal: '+5511987654321', contactIds: ids(K.lucasAlmeida) },
  /** Stored as "@DanaWhitfield". */
  twitterStoredWithAt: { lookupVal: 'danawhitfield', contactIds: ids(K.danaWhitfield) },
  /** Stored as "oliver_ships". */
  twitterStoredWithoutAt: { lookupVal: '@Oliver_Ships', contactIds: ids(K.oliverBennett) },
  noOrganization: { lookupVal: '+353851234567', contactIds: ids(K.rileyQuinn) },
} as const;

/** Fills the store with the seed, dated relative to `now` so the demo's history looks recent. */
export function loadSeed(store: ExternalContactsStore, now = new Date()): void {
  store.clear();
  for (const { id, createdDaysAgo, ...fields } of Object.values(SEED_ORGANIZATIONS)) {
    store.createOrganization(fields, { id, now: daysAgo(now, createdDaysAgo) });
  }
  for (const { id, organizationId, createdDaysAgo, ...fields } of SEED_CONTACTS) {
    store.createContact(fields, organizationId, { id, now: daysAgo(now, createdDaysAgo) });
  }
  for (const note of SEED_NOTES) {
    store.createNote(note.entityType, note.entityId, note.noteText, note.createdById, {
      id: note.id,
      now: daysAgo(now, note.createdDaysAgo, 15),
    });
  }
  for (const { id, createdDaysAgo, ...fields } of SEED_RELATIONSHIPS) {
    store.createRelationship(fields, { id, now: daysAgo(now, createdDaysAgo) });
  }
  store.linkTrustor(SEED_ORGANIZATIONS.fabrikam.id, TRUSTOR_ORGS.fabrikamCloud.id, daysAgo(now, 100));
}

export const agentById = (id: string) => Object.values(SEEDED_AGENTS).find((agent) => agent.id === id);

/**
 * Drives the official SDK (`purecloud-platform-client-v2`) against the emulator through every one
 * of the 30 classic External Contacts calls, plus `getUsersMe` and `getConversations`: if the SDK
 * can call it and read the answer, so can code written against the real service.
 */
import platformClient from 'purecloud-platform-client-v2';
import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_CLIENT_ID,
  KNOWN_CONTACTS,
  KNOWN_LOOKUPS,
  KNOWN_ORGANIZATIONS,
  SEEDED_AGENTS,
  SEEDED_CLIENTS,
  TRUSTOR_ORGS,
} from './seed';
import { startEmulator, type Emulator } from './server';
import { pkceRequest, submitLogin, TEST_REDIRECT_URI } from './testing';

const client = platformClient.ApiClient.instance;
const contactsApi = new platformClient.ExternalContactsApi();
const usersApi = new platformClient.UsersApi();
const conversationsApi = new platformClient.ConversationsApi();

type ContactsApi = typeof contactsApi;

const CLASSIC_METHODS = [
  'getExternalcontactsContacts',
  'postExternalcontactsContacts',
  'getExternalcontactsContact',
  'putExternalcontactsContact',
  'deleteExternalcontactsContact',
  'getExternalcontactsContactNotes',
  'postExternalcontactsContactNotes',
  'getExternalcontactsContactNote',
  'putExternalcontactsContactNote',
  'deleteExternalcontactsContactNote',
  'getExternalcontactsOrganizations',
  'postExternalcontactsOrganizations',
  'getExternalcontactsOrganization',
  'putExternalcontactsOrganization',
  'deleteExternalcontactsOrganization',
  'getExternalcontactsOrganizationContacts',
  'getExternalcontactsOrganizationNotes',
  'postExternalcontactsOrganizationNotes',
  'getExternalcontactsOrganizationNote',
  'putExternalcontactsOrganizationNote',
  'deleteExternalcontactsOrganizationNote',
  'getExternalcontactsOrganizationRelationships',
  'putExternalcontactsOrganizationTrustorTrustorId',
  'deleteExternalcontactsOrganizationTrustor',
  'postExternalcontactsRelationships',
  'getExternalcontactsRelationship',
  'putExternalcontactsRelationship',
  'deleteExternalcontactsRelationship',
  'getExternalcontactsReversewhitepageslookup',
  'putExternalcontactsConversation',
] as const satisfies readonly (keyof ContactsApi)[];

type ClassicMethod = (typeof CLASSIC_METHODS)[number];
const called = new Set<ClassicMethod>();

/** Calls an External Contacts SDK method and notes that it was covered. */
function sdk<K extends ClassicMethod>(method: K, ...args: Parameters<ContactsApi[K]>): ReturnType<ContactsApi[K]> {
  called.add(method);
  const call = contactsApi[method] as unknown as (...parameters: Parameters<ContactsApi[K]>) => ReturnType<ContactsApi[K]>;
  return call.apply(contactsApi, args);
}

/** The SDK rejects with the parsed `ErrorBody`. */
async function rejection(promise: Promise<unknown>): Promise<Models.ErrorBody> {
  try {
    await promise;
  } catch (error) {
    return error as Models.ErrorBody;
  }
  throw new Error('Expected the SDK call to fail');
}

// Request bodies only need ids for users and organizations ("only User.id is required"); the
// SDK's typings demand whole models (User.version, ExternalOrganization.name), hence the casts.
const userRef = (id: string) => ({ id }) as Models.User;
const orgRef = (id: string) => ({ id }) as Models.ExternalOrganization;

const alex = SEEDED_AGENTS.alex;
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
  const { port } = new URL(emulator.url);
  // setEnvironment() forces https://api.<env>, and the SDK's login helpers read neither
  // config.basePath nor config.authUrl; a gateway points both the login and API hosts here.
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port: Number(port) });
  await emulator.control.addRedirectUri(EXTENSION_CLIENT_ID, TEST_REDIRECT_URI);
  const verifier = client.generatePKCECodeVerifier(128);
  const challenge = await client.computePKCECodeChallenge(verifier);
  const login = await submitLogin(emulator, { ...pkceRequest(verifier), code_challenge: challenge }, 'alex');
  const code = new URL(login.headers.get('location') ?? '').searchParams.get('code') ?? '';
  await client.authorizePKCEGrant(EXTENSION_CLIENT_ID, verifier, code, TEST_REDIRECT_URI);
});
afterAll(() => emulator.close());

describe('the official SDK against the emulator', () => {
  it('reads the signed-in agent and their conversations', async () => {
    const me = await usersApi.getUsersMe();
    expect(me).toMatchObject({ id: alex.id, name: alex.name, email: alex.email, version: 1 });
    const call = await emulator.control.addConversation({ userId: alex.id, mediaType: 'call', address: '+16175550142' });
    const listing = await conversationsApi.getConversations();
    expect(listing.entities?.map((conversation) => conversation.id)).toEqual([call.id]);
  });

  it('round-trips a contact', async () => {
    const created = await sdk('postExternalcontactsContacts', {
      firstName: 'Grace',
      lastName: 'Hopper',
      workPhone: { display: '+1 202 555 0143' },
      workEmail: 'grace.hopper@navy.example',
      externalOrganization: orgRef(KNOWN_ORGANIZATIONS.tailspin.id),
    });
    const id = created.id ?? '';
    expect(created.workPhone?.e164).toBe('+12025550143');
    const fetched = await sdk('getExternalcontactsContact', id, { expand: ['externalOrganization', 'externalDataSources'] });
    expect(fetched.externalOrganization?.name).toBe('Tailspin Airways');
    // SDK 262 joins array parameters with commas (ApiClient.serialize) before axios sees them.
    const [sent] = await emulator.control.listRequests(`/api/v2/externalcontacts/contacts/${id}`);
    expect(sent?.query).toEqual({ expand: 'externalOrganization,externalDataSources' });
    const updated = await sdk('putExternalcontactsContact', id, { ...fetched, title: 'Rear Admiral' });
    expect(updated).toMatchObject({ title: 'Rear Admiral', createDate: created.createDate });
    const found = await sdk('getExternalcontactsContacts', { q: 'hopper', sortOrder: 'lastName:asc', pageSize: 5 });
    expect(found).toMatchObject({ total: 1, pageSize: 5, pageNumber: 1, entities: [{ id }] });
    const colleagues = await sdk('getExternalcontactsOrganizationContacts', KNOWN_ORGANIZATIONS.tailspin.id, {
      expand: ['externalOrganization'],
    });
    expect(colleagues.entities?.map((contact) => contact.id)).toContain(id);
    await sdk('deleteExternalcontactsContact', id);
    expect(await rejection(sdk('getExternalcontactsContact', id))).toMatchObject({ status: 404, code: 'not.found' });
  });

  it('round-trips contact notes', async () => {
    const contactId = KNOWN_CONTACTS.danaWhitfield.id;
    const createdBy = userRef(alex.id);
    const note = await sdk('postExternalcontactsContactNotes', contactId, { noteText: 'Prefers email.', createdBy });
    const noteId = note.id ?? '';
    const fetched = await sdk('getExternalcontactsContactNote', contactId, noteId, { expand: ['author'] });
    expect(fetched.createdBy).toMatchObject({ id: alex.id, name: alex.name });
    await sdk('putExternalcontactsContactNote', contactId, noteId, { ...fetched, noteText: 'Prefers phone.' });
    const notes = await sdk('getExternalcontactsContactNotes', contactId, { sortOrder: 'createDate:desc', pageSize: 100 });
    expect(notes.entities?.[0]).toMatchObject({ id: noteId, noteText: 'Prefers phone.' });
    await sdk('deleteExternalcontactsContactNote', contactId, noteId);
    expect(await rejection(sdk('getExternalcontactsContactNote', contactId, noteId))).toMatchObject({ status: 404 });
  });

  it('round-trips an organization with notes, relationships and a trustor link', async () => {
    const org = await sdk('postExternalcontactsOrganizations', {
      name: 'Woodgrove Bank',
      industry: 'Banking',
      websites: ['https://woodgrove.example'],
    });
    const orgId = org.id ?? '';
    const fetched = await sdk('getExternalcontactsOrganization', orgId, { includeTrustors: true });
    expect(fetched).toMatchObject({ name: 'Woodgrove Bank', industry: 'Banking' });
    await sdk('putExternalcontactsOrganization', orgId, { ...fetched, companyType: 'Prospect' });
    const listing = await sdk('getExternalcontactsOrganizations', { q: 'woodgrove', sortOrder: 'name:asc' });
    expect(listing.entities).toEqual([expect.objectContaining({ id: orgId, companyType: 'Prospect' })]);

    const createdBy = userRef(alex.id);
    const note = await sdk('postExternalcontactsOrganizationNotes', orgId, { noteText: 'Intro call.', createdBy });
    const noteId = note.id ?? '';
    await sdk('putExternalcontactsOrganizationNote', orgId, noteId, { noteText: 'Intro call done.', createdBy });
    expect(await sdk('getExternalcontactsOrganizationNote', orgId, noteId)).toMatchObject({ noteText: 'Intro call done.' });
    expect((await sdk('getExternalcontactsOrganizationNotes', orgId)).total).toBe(1);
    await sdk('deleteExternalcontactsOrganizationNote', orgId, noteId);

    const relationship = await sdk('postExternalcontactsRelationships', {
      user: userRef(alex.id),
      externalOrganization: orgRef(orgId),
      relationship: 'Account Manager',
    });
    const relationshipId = relationship.id ?? '';
    const fetchedRelationship = await sdk('getExternalcontactsRelationship', relationshipId);
    expect(fetchedRelationship).toMatchObject({ user: { id: alex.id }, externalOrganization: { id: orgId } });
    await sdk('putExternalcontactsRelationship', relationshipId, { ...fetchedRelationship, relationship: 'Sales Engineer' });
    const relationships = await sdk('getExternalcontactsOrganizationRelationships', orgId, { sortOrder: 'relationship:asc' });
    expect(relationships.entities?.map((entry) => entry.relationship)).toEqual(['Sales Engineer']);
    await sdk('deleteExternalcontactsRelationship', relationshipId);

    const link = await sdk('putExternalcontactsOrganizationTrustorTrustorId', orgId, TRUSTOR_ORGS.tailspinCloud.id);
    expect(link).toMatchObject({ externalOrganizationId: orgId, trustorOrgId: TRUSTOR_ORGS.tailspinCloud.id });
    await sdk('deleteExternalcontactsOrganizationTrustor', orgId);
    expect((await sdk('getExternalcontactsOrganization', orgId, { includeTrustors: true })).trustor).toBeUndefined();

    await sdk('deleteExternalcontactsOrganization', orgId);
    expect(await rejection(sdk('getExternalcontactsOrganization', orgId))).toMatchObject({ status: 404 });
  });

  it('looks contacts up by phone, email and Twitter handle', async () => {
    const byPhone = await sdk('getExternalcontactsReversewhitepageslookup', KNOWN_LOOKUPS.sharedPhone.lookupVal, {
      expand: ['contacts.externalOrganization'],
    });
    expect(byPhone.contacts?.map((contact) => contact.id).sort()).toEqual([...KNOWN_LOOKUPS.sharedPhone.contactIds].sort());
    expect(byPhone.contacts?.[0]?.externalOrganization?.name).toBe('Northwind Health Partners');
    const byEmail = await sdk('getExternalcontactsReversewhitepageslookup', 'SUPPORT@fabrikam-logistics.example');
    expect(byEmail.contacts).toHaveLength(3);
    const byHandle = await sdk('getExternalcontactsReversewhitepageslookup', '@danawhitfield');
    expect(byHandle.contacts?.map((contact) => contact.id)).toEqual([KNOWN_CONTACTS.danaWhitfield.id]);
  });

  it('associates a contact with a conversation', async () => {
    const call = await emulator.control.addConversation({
      userId: alex.id,
      mediaType: 'call',
      address: '+16175550142',
      state: 'connected',
    });
    const customer = call.participants.find((participant) => participant.purpose === 'customer');
    const body: Models.ConversationAssociation = {
      conversationId: call.id ?? '',
      communicationId: customer?.calls?.[0]?.id ?? '',
      mediaType: 'CALL',
      externalContactId: KNOWN_CONTACTS.danaWhitfield.id,
    };
    await sdk('putExternalcontactsConversation', call.id ?? '', body);
    expect(await emulator.control.listAssociations()).toEqual([expect.objectContaining({ ...body, userId: alex.id })]);
  });

  it('surfaces Genesys error bodies', async () => {
    await emulator.control.addFault({ pathPrefix: '/api/v2/externalcontacts/contacts', status: 429, count: 1 });
    expect(await rejection(sdk('getExternalcontactsContacts'))).toMatchObject({ status: 429, code: 'too.many.requests' });
  });

  it('signs in with client credentials, which have no user', async () => {
    await client.loginClientCredentialsGrant(SEEDED_CLIENTS.service.id, SEEDED_CLIENTS.service.secret);
    expect(await rejection(usersApi.getUsersMe())).toMatchObject({ status: 400 });
    expect((await sdk('getExternalcontactsContacts', { pageSize: 1 })).total).toBe(50);
  });

  it('covered every classic External Contacts method', () => {
    expect([...called].sort()).toEqual([...CLASSIC_METHODS].sort());
  });
});

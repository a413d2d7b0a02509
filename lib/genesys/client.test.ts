/**
 * The extension's own API client against the emulator, call by call: every External Contacts
 * function, the agent, conversations and notification channels, with real HTTP and real tokens.
 * (emulator/conformance.test.ts drives the official SDK the same way, so the emulator answers as
 * Genesys Cloud does; this proves our client asks and reads as the SDK would.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, KNOWN_LOOKUPS, KNOWN_ORGANIZATIONS, SEEDED_AGENTS, TRUSTOR_ORGS } from '../../emulator/seed';
import { startEmulator, type Emulator } from '../../emulator/server';
import { createGenesysClient, type GenesysClient } from './client';
import { failureOf } from './testing';

const alex = SEEDED_AGENTS.alex;
let emulator: Emulator;
let client: GenesysClient;

beforeAll(async () => {
  emulator = await startEmulator();
  const { access_token: token } = await emulator.control.issueToken({ userId: alex.id });
  client = createGenesysClient({
    apiBase: emulator.url,
    tokens: { current: () => Promise.resolve(token), renew: () => Promise.resolve(undefined) },
  });
});
afterAll(() => emulator.close());

describe('the API client against the emulator', () => {
  it('reads the agent and their conversations', async () => {
    expect(await client.getMe()).toMatchObject({ id: alex.id, name: alex.name });
    const call = await emulator.control.addConversation({ userId: alex.id, mediaType: 'call', address: '+16175550142' });
    expect((await client.getConversations()).entities?.map((c) => c.id)).toEqual([call.id]);
    await emulator.control.endConversation(call.id ?? '');
  });

  it('creates, reads, searches, updates and deletes a contact, with its notes', async () => {
    const created = await client.createContact({
      firstName: 'Grace',
      lastName: 'Hopper',
      workPhone: { display: '+1 202 555 0143' },
      externalOrganization: { id: KNOWN_ORGANIZATIONS.tailspin.id },
    });
    const id = created.id ?? '';
    expect(created.workPhone?.e164).toBe('+12025550143');
    expect((await client.getContact(id, { expand: ['externalOrganization'] })).externalOrganization?.name).toBe(
      'Tailspin Airways',
    );
    expect((await client.listContacts({ q: 'hopper', pageSize: 5 })).entities?.map((c) => c.id)).toEqual([id]);
    expect(
      (await client.listOrganizationContacts(KNOWN_ORGANIZATIONS.tailspin.id, { q: 'hopper' })).entities?.map((c) => c.id),
    ).toEqual([id]);
    const updated = await client.updateContact(id, {
      firstName: 'Grace',
      lastName: 'Hopper',
      title: 'Rear Admiral',
      externalOrganization: { id: KNOWN_ORGANIZATIONS.tailspin.id },
    });
    expect(updated.title).toBe('Rear Admiral');

    const note = await client.createContactNote(id, { noteText: 'First call.', createdBy: { id: alex.id } });
    const noteId = note.id ?? '';
    await client.updateContactNote(id, noteId, { noteText: 'First call, follow-up booked.' });
    expect((await client.getContactNote(id, noteId)).noteText).toBe('First call, follow-up booked.');
    expect((await client.listContactNotes(id, { pageSize: 5 })).total).toBe(1);
    await client.deleteContactNote(id, noteId);
    expect((await client.listContactNotes(id)).total).toBe(0);

    await client.deleteContact(id);
    expect((await failureOf(client.getContact(id))).kind).toBe('not-found');
  });

  it('works an organization: notes, relationships and a trustor link', async () => {
    const org = await client.createOrganization({ name: 'Woodgrove Bank', industry: 'Banking' });
    const orgId = org.id ?? '';
    expect((await client.listOrganizations({ q: 'woodgrove' })).entities?.map((o) => o.id)).toEqual([orgId]);
    expect((await client.updateOrganization(orgId, { name: 'Woodgrove Bank', companyType: 'Prospect' })).companyType).toBe(
      'Prospect',
    );

    const note = await client.createOrganizationNote(orgId, { noteText: 'Intro call.', createdBy: { id: alex.id } });
    const noteId = note.id ?? '';
    await client.updateOrganizationNote(orgId, noteId, { noteText: 'Intro call done.' });
    expect((await client.getOrganizationNote(orgId, noteId)).noteText).toBe('Intro call done.');
    expect((await client.listOrganizationNotes(orgId)).total).toBe(1);
    await client.deleteOrganizationNote(orgId, noteId);

    const relationship = await client.createRelationship({
      user: { id: alex.id },
      externalOrganization: { id: orgId },
      relationship: 'Account Manager',
    });
    const relationshipId = relationship.id ?? '';
    expect((await client.getRelationship(relationshipId)).relationship).toBe('Account Manager');
    await client.updateRelationship(relationshipId, {
      user: { id: alex.id },
      externalOrganization: { id: orgId },
      relationship: 'Sales Engineer',
    });
    expect((await client.listRelationships(orgId)).entities?.map((r) => r.relationship)).toEqual(['Sales Engineer']);
    await client.deleteRelationship(relationshipId);

    expect(await client.linkTrustor(orgId, TRUSTOR_ORGS.tailspinCloud.id)).toMatchObject({
      externalOrganizationId: orgId,
      trustorOrgId: TRUSTOR_ORGS.tailspinCloud.id,
    });
    await client.unlinkTrustor(orgId);
    expect((await client.getOrganization(orgId, { includeTrustors: true })).trustor).toBeUndefined();

    await client.deleteOrganization(orgId);
    expect((await failureOf(client.getOrganization(orgId))).kind).toBe('not-found');
  });

  it('looks contacts up, and associates one with a conversation', async () => {
    const found = await client.reverseWhitepagesLookup(KNOWN_LOOKUPS.sharedPhone.lookupVal, {
      expand: ['contacts.externalOrganization'],
    });
    expect(found.contacts?.map((c) => c.id).sort()).toEqual([...KNOWN_LOOKUPS.sharedPhone.contactIds].sort());

    const call = await emulator.control.addConversation({ userId: alex.id, mediaType: 'call', address: '+16175550142' });
    const communicationId = call.participants.find((p) => p.purpose === 'customer')?.calls?.[0]?.id ?? '';
    expect(communicationId).not.toBe('');
    await client.associateConversation({
      conversationId: call.id ?? '',
      communicationId,
      mediaType: 'CALL',
      externalContactId: KNOWN_CONTACTS.danaWhitfield.id,
    });
    expect((await emulator.control.listAssociations()).map((a) => [a.conversationId, a.externalContactId])).toEqual([
      [call.id, KNOWN_CONTACTS.danaWhitfield.id],
    ]);
    await emulator.control.endConversation(call.id ?? '');
  });

  it('opens a notification channel, subscribes, and signs out', async () => {
    const channel = await client.createChannel();
    const channelId = channel.id ?? '';
    expect(await client.channelExists(channelId)).toBe(true);
    expect(await client.channelExists('no-such-channel')).toBe(false);
    const topic = `v2.users.${alex.id}.conversations`;
    expect((await client.subscribe(channelId, [topic])).entities?.map((t) => t.id)).toEqual([topic]);
    // After sign-out the token is dead: the next call is refused, and renewing it fails too.
    await client.revokeToken();
    expect((await failureOf(client.getMe())).kind).toBe('unauthorized');
  });
});

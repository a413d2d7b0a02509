import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, KNOWN_ORGANIZATIONS, SEEDED_AGENTS } from '../seed';
import { startEmulator, type Emulator } from '../server';
import { json, signedIn, type ApiClient } from '../testing';

let emulator: Emulator;
let api: ApiClient;

beforeAll(async () => {
  emulator = await startEmulator();
  api = await signedIn(emulator, 'alex');
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.close());

const alex = SEEDED_AGENTS.alex.id;
const customerOf = (conversation: Models.Conversation) =>
  conversation.participants.find((participant) => participant.purpose === 'customer');
const conversations = async (search = '') =>
  (await json<Models.ConversationEntityListing>(await api(`/api/v2/conversations${search}`))).entities ?? [];

describe('active conversations', () => {
  it('lists the agent’s calls, emails and messages with both parties', async () => {
    const { control } = emulator;
    const call = await control.addConversation({ userId: alex, mediaType: 'call', address: '+16175550142', state: 'connected' });
    await control.addConversation({ userId: alex, mediaType: 'email', address: 'dana.w@mailbox.example' });
    await control.addConversation({ userId: alex, mediaType: 'message', address: '+447400123456', messageType: 'whatsapp' });
    await emulator.control.addConversation({ userId: SEEDED_AGENTS.priya.id, mediaType: 'call', address: '+16175550110' });

    const listed = await conversations();
    expect(listed).toHaveLength(3);
    const listedCall = listed.find((conversation) => conversation.id === call.id);
    expect(listedCall?.participants.find((participant) => participant.purpose === 'agent')).toMatchObject({
      userId: alex,
      calls: [{ state: 'connected', direction: 'inbound', other: { addressNormalized: 'tel:+16175550142' } }],
    });
    expect(customerOf(listedCall ?? call)).toMatchObject({ address: 'tel:+16175550142', ani: 'tel:+16175550142' });
    const message = listed.find((conversation) => customerOf(conversation)?.messages);
    expect(customerOf(message ?? call)?.messages?.[0]).toMatchObject({
      type: 'whatsapp',
      fromAddress: { addressNormalized: '+447400123456' },
    });
    expect(await conversations('?communicationType=call')).toHaveLength(1);
  });

  it('drops a conversation from the list once it ends', async () => {
    const call = await emulator.control.addConversation({ userId: alex, mediaType: 'call', address: '+16175550142' });
    const connected = await emulator.control.connectConversation(call.id ?? '');
    expect(customerOf(connected)?.calls?.[0]?.state).toBe('connected');
    const ended = await emulator.control.endConversation(call.id ?? '');
    expect(ended.endTime).toBeDefined();
    expect(await conversations()).toEqual([]);
  });
});

describe('associating a contact with a conversation', () => {
  async function startCall() {
    const call = await emulator.control.addConversation({
      userId: alex,
      mediaType: 'call',
      address: '+16175550142',
      state: 'connected',
    });
    const communicationId = customerOf(call)?.calls?.[0]?.id ?? '';
    const path = `/api/v2/externalcontacts/conversations/${call.id ?? ''}`;
    return { conversationId: call.id ?? '', communicationId, path };
  }

  it('records the association and marks the customer', async () => {
    const { conversationId, communicationId, path } = await startCall();
    const body = { conversationId, communicationId, mediaType: 'CALL', externalContactId: KNOWN_CONTACTS.danaWhitfield.id };
    const response = await api(path, { method: 'PUT', json: body });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
    const recorded = { ...body, userId: alex, timestamp: expect.any(String) as string };
    expect(await emulator.control.listAssociations()).toEqual([recorded]);
    const [listed] = await conversations();
    expect(customerOf(listed ?? { startTime: '', participants: [] })).toMatchObject({
      externalContactId: KNOWN_CONTACTS.danaWhitfield.id,
      externalOrganizationId: KNOWN_ORGANIZATIONS.northwind.id,
    });

    const without = { conversationId, communicationId, mediaType: 'CALL' };
    expect((await api(path, { method: 'PUT', json: without })).status).toBe(202);
    const [cleared] = await conversations();
    expect(customerOf(cleared ?? { startTime: '', participants: [] })?.externalContactId).toBeUndefined();
  });

  it.each([
    ['another conversation id in the body', { conversationId: 'other' }, 400],
    ['a communication of another conversation', { communicationId: 'other' }, 400],
    ['a media type the communication does not have', { mediaType: 'EMAIL' }, 400],
    ['a media type outside the enum', { mediaType: 'FAX' }, 400],
    ['an unknown contact', { externalContactId: 'nobody' }, 400],
  ])('refuses %s', async (_case, override, status) => {
    const { conversationId, communicationId, path } = await startCall();
    const body = { conversationId, communicationId, mediaType: 'CALL', externalContactId: KNOWN_CONTACTS.danaWhitfield.id };
    expect((await api(path, { method: 'PUT', json: { ...body, ...override } })).status).toBe(status);
    expect(await emulator.control.listAssociations()).toEqual([]);
  });

  it('answers an unknown conversation with 404', async () => {
    const body = { conversationId: 'nope', communicationId: 'x', mediaType: 'CALL' };
    expect((await api('/api/v2/externalcontacts/conversations/nope', { method: 'PUT', json: body })).status).toBe(404);
  });
});

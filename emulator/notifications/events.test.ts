import type { Models } from 'purecloud-platform-client-v2';
import { describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, SEEDED_AGENTS } from '../seed';
import { signedIn, type ApiClient } from '../testing';
import type { NotificationMessage } from './messages';
import { notificationsTestEnvironment, openChannel, TestSocket } from './testing';

const env = notificationsTestEnvironment();

const alex = SEEDED_AGENTS.alex.id;
const priya = SEEDED_AGENTS.priya.id;
const topic = (userId: string, kind = 'conversations') => `v2.users.${userId}.${kind}`;
const CALLER = '+16175550142';

async function listen(api: ApiClient, topics: string[]): Promise<TestSocket> {
  const socket = await TestSocket.connect((await openChannel(api, topics)).connectUri);
  env.sockets.push(socket);
  return socket;
}

const bodyOf = (message: NotificationMessage | undefined) => message?.eventBody as Models.ConversationEventTopicConversation;
const agentOf = (message: NotificationMessage | undefined) =>
  bodyOf(message).participants?.find((participant) => participant.purpose === 'agent');
const customerOf = (message: NotificationMessage | undefined) =>
  bodyOf(message).participants?.find((participant) => participant.purpose === 'customer');

describe('conversation events', () => {
  it('follow an inbound call from alerting to connected to disconnected', async () => {
    const socket = await listen(env.api, [topic(alex)]);
    const call = await env.emulator.control.deliverInteraction({
      userId: alex,
      mediaType: 'call',
      address: CALLER,
      customerName: 'Dana',
    });
    const [alerting] = await socket.waitFor(topic(alex));
    expect(alerting).toMatchObject({
      topicName: topic(alex),
      version: '2',
      metadata: { CorrelationId: expect.any(String) as string },
    });
    expect(bodyOf(alerting)).toMatchObject({ id: call.id, address: 'tel:+18005550100' });
    expect(agentOf(alerting)).toMatchObject({
      userId: alex,
      name: SEEDED_AGENTS.alex.name,
      calls: [{ state: 'alerting', direction: 'inbound', other: { addressNormalized: `tel:${CALLER}`, name: 'Dana' } }],
    });
    expect(customerOf(alerting)).toMatchObject({ name: 'Dana', address: `tel:${CALLER}` });

    await env.emulator.control.connectConversation(call.id ?? '');
    const connected = (await socket.waitFor(topic(alex), 4)).at(-1);
    expect(agentOf(connected)).toMatchObject({ connectedTime: expect.any(String) as string, calls: [{ state: 'connected' }] });

    await env.emulator.control.endConversation(call.id ?? '');
    const ended = (await socket.waitFor(topic(alex), 6)).at(-1);
    expect(agentOf(ended)).toMatchObject({
      endTime: expect.any(String) as string,
      calls: [{ state: 'disconnected', disconnectedTime: expect.any(String) as string }],
    });
  });

  it('use the event model, not the REST conversation', async () => {
    const socket = await listen(env.api, [topic(alex)]);
    await env.emulator.control.deliverInteraction({ userId: alex, mediaType: 'call', address: CALLER });
    const [event] = await socket.waitFor(topic(alex));
    expect(bodyOf(event)).not.toHaveProperty('startTime');
    expect(bodyOf(event)).not.toHaveProperty('selfUri');
    expect(customerOf(event)).not.toHaveProperty('ani');
    expect(agentOf(event)).not.toHaveProperty('userUri');
    expect(agentOf(event)?.calls?.[0]).not.toHaveProperty('startAlertingTime');
  });

  it('carry a message’s platform and addresses, and an email’s subject', async () => {
    const socket = await listen(env.api, [topic(alex)]);
    const { control } = env.emulator;
    await control.deliverInteraction({ userId: alex, mediaType: 'message', address: '+447400123456', messageType: 'whatsapp' });
    await control.deliverInteraction({ userId: alex, mediaType: 'email', address: 'dana.w@mailbox.example', subject: 'Invoice' });
    const [message, , email] = await socket.waitFor(topic(alex), 3);
    expect(agentOf(message)?.messages).toMatchObject([
      { state: 'alerting', type: 'whatsapp', fromAddress: { addressNormalized: '+447400123456' }, toAddress: {} },
    ]);
    expect(agentOf(email)?.emails).toMatchObject([{ state: 'alerting', subject: 'Invoice', direction: 'inbound' }]);
  });

  it('repeat the snapshot for every participant that changes, so clients see duplicates', async () => {
    const socket = await listen(env.api, [topic(alex)]);
    const call = await env.emulator.control.deliverInteraction({ userId: alex, mediaType: 'call', address: CALLER });
    await env.emulator.control.connectConversation(call.id ?? '');
    const events = await socket.waitFor(topic(alex), 4);
    expect(events.map((event) => agentOf(event)?.calls?.[0]?.state)).toEqual(['alerting', 'alerting', 'connected', 'connected']);
    expect(events[0]?.eventBody).toEqual(events[1]?.eventBody);
    expect(events[0]?.metadata?.CorrelationId).not.toBe(events[1]?.metadata?.CorrelationId);

    // The customer gains a contact: one more event, with the agent's state unchanged.
    const communicationId = customerOf(events[2])?.calls?.[0]?.id ?? '';
    const externalContactId = KNOWN_CONTACTS.danaWhitfield.id;
    const association = { conversationId: call.id, communicationId, mediaType: 'CALL', externalContactId };
    await env.api(`/api/v2/externalcontacts/conversations/${call.id ?? ''}`, { method: 'PUT', json: association });
    const associated = (await socket.waitFor(topic(alex), 5)).at(-1);
    expect(agentOf(associated)).toEqual(agentOf(events[3]));
    expect(customerOf(associated)?.externalContactId).toBe(externalContactId);
  });

  it('reach only channels subscribed to the agent’s topic', async () => {
    const subscribed = await listen(env.api, [topic(alex)]);
    const unsubscribed = await listen(env.api, []);
    const otherAgent = await listen(await signedIn(env.emulator, 'priya'), [topic(priya)]);
    await env.emulator.control.deliverInteraction({ userId: alex, mediaType: 'call', address: CALLER });
    await subscribed.waitFor(topic(alex), 2);
    // Both pings are answered after any event sent before them.
    unsubscribed.ping();
    otherAgent.ping();
    await Promise.all([unsubscribed.waitFor('channel.metadata'), otherAgent.waitFor('channel.metadata')]);
    expect(unsubscribed.messages.map((message) => message.topicName)).toEqual(['channel.metadata']);
    expect(otherAgent.messages.map((message) => message.topicName)).toEqual(['channel.metadata']);
  });

  it('go to per-media topics in their own model', async () => {
    const socket = await listen(env.api, [topic(alex, 'calls'), topic(alex, 'emails')]);
    await env.emulator.control.deliverInteraction({ userId: alex, mediaType: 'call', address: CALLER, customerName: 'Dana' });
    const [event] = await socket.waitFor(topic(alex, 'calls'));
    const participants = (event?.eventBody as Models.ConversationCallEventTopicCallConversation).participants;
    expect(participants?.find((participant) => participant.purpose === 'agent')).toMatchObject({
      state: 'alerting',
      direction: 'inbound',
      user: { id: alex },
    });
    expect(participants?.find((participant) => participant.purpose === 'customer')).toMatchObject({ ani: `tel:${CALLER}` });
    expect(socket.on(topic(alex, 'emails'))).toEqual([]);
  });

  it('are recorded for tests, with the same correlation id on every topic of one change', async () => {
    const channel = await openChannel(env.api, [topic(alex), topic(alex, 'calls')]);
    env.sockets.push(await TestSocket.connect(channel.connectUri));
    await env.emulator.control.deliverInteraction({ userId: alex, mediaType: 'call', address: CALLER });
    const recorded = await env.emulator.control.listNotifications({ channelId: channel.id });
    const calls = topic(alex, 'calls');
    expect(recorded.map((entry) => entry.topicName)).toEqual([topic(alex), calls, topic(alex), calls]);
    expect(recorded[0]).toMatchObject({ channelId: channel.id, userId: alex, timestamp: expect.any(String) as string });
    expect(recorded[0]?.message.metadata?.CorrelationId).toBe(recorded[1]?.message.metadata?.CorrelationId);
    expect(await env.emulator.control.listNotifications({ topicName: 'channel.metadata' })).toEqual([]);
  });

  it('are not queued for a channel without a socket', async () => {
    const channel = await openChannel(env.api, [topic(alex)]);
    await env.emulator.control.deliverInteraction({ userId: alex, mediaType: 'call', address: CALLER });
    const socket = await TestSocket.connect(channel.connectUri);
    env.sockets.push(socket);
    socket.ping();
    await socket.waitFor('channel.metadata');
    expect(socket.on(topic(alex))).toEqual([]);
  });
});

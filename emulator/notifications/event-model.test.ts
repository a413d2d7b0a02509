import { describe, expect, it } from 'vitest';
import { buildConversation, type ConversationMedia } from '../conversation-model';
import { SEEDED_AGENTS } from '../seed';
import { conversationEvent } from './event-model';
import { mediaTopicEvent } from './media-event-model';

const agent = SEEDED_AGENTS.alex;

/** Fields the REST models have and the event models lack (facts file, section 3.3). */
const REST_ONLY = {
  conversation: ['startTime', 'endTime', 'selfUri'],
  participant: ['startTime', 'ani', 'dnis', 'userUri', 'participantType'],
  media: ['startAlertingTime', 'segments'],
};

describe('the conversation event model', () => {
  it.each<[ConversationMedia, 'calls' | 'emails' | 'messages', object]>([
    ['call', 'calls', { self: { addressNormalized: 'tel:+18005550100' }, other: { addressNormalized: 'tel:+16175550142' } }],
    ['email', 'emails', { subject: 'Customer enquiry', messagesSent: 0 }],
    ['message', 'messages', { type: 'sms', fromAddress: { addressNormalized: '+16175550142' } }],
  ])('keeps a %s’s media fields and drops the REST-only ones', (mediaType, key, expected) => {
    const address = mediaType === 'email' ? 'dana.w@mailbox.example' : '+16175550142';
    const event = conversationEvent(buildConversation({ userId: agent.id, mediaType, address }, agent));
    for (const field of REST_ONLY.conversation) expect(event).not.toHaveProperty(field);
    const agentEvent = event.participants?.find((participant) => participant.userId === agent.id);
    for (const field of REST_ONLY.participant) expect(agentEvent).not.toHaveProperty(field);
    const item = agentEvent?.[key]?.[0];
    for (const field of REST_ONLY.media) expect(item).not.toHaveProperty(field);
    expect(item).toMatchObject({ state: 'alerting', initialState: 'alerting', direction: 'inbound', ...expected });
  });

  it('lists only the participants with the media on a per-media topic', () => {
    const rest = buildConversation({ userId: agent.id, mediaType: 'email', address: 'dana.w@mailbox.example' }, agent);
    expect(mediaTopicEvent.calls(rest).participants).toEqual([]);
    expect(mediaTopicEvent.emails(rest).participants).toHaveLength(2);
  });
});

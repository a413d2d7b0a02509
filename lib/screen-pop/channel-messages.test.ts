import { describe, expect, it } from 'vitest';
import { conversationsTopic, parseChannelMessage } from './channel-messages';

const event = (topicName: string, eventBody: unknown) =>
  JSON.stringify({ topicName, version: '2', eventBody, metadata: { CorrelationId: 'c1' } });

describe('parseChannelMessage', () => {
  it('recognises heartbeats, pongs and the closing warning', () => {
    expect(parseChannelMessage(event('channel.metadata', { message: 'WebSocket Heartbeat' }))).toEqual({ type: 'heartbeat' });
    expect(parseChannelMessage(event('channel.metadata', { message: 'pong' }))).toEqual({ type: 'pong' });
    expect(parseChannelMessage(event('v2.system.socket_closing', { message: 'closing' }))).toEqual({ type: 'closing' });
  });

  it("reads a conversation event for a user's conversations topic", () => {
    const body = { id: 'conv-1', participants: [{ purpose: 'customer', address: 'tel:+16175550142' }] };
    expect(parseChannelMessage(event(conversationsTopic('user-7'), body))).toEqual({
      type: 'conversation',
      userId: 'user-7',
      conversation: body,
    });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', '[1,2]'],
    ['no topic', JSON.stringify({ eventBody: {} })],
    ['a topic that is not a string', JSON.stringify({ topicName: 7 })],
    ['null', 'null'],
  ])('drops %s', (_name, text) => {
    expect(parseChannelMessage(text)).toBeUndefined();
  });

  it.each([
    ['a conversation without an id', conversationsTopic('u'), { participants: [] }],
    ['participants that are not a list', conversationsTopic('u'), { id: 'c', participants: 'x' }],
    ['another topic', 'v2.users.u.presence', { id: 'c' }],
    ['a per-media topic', 'v2.users.u.conversations.calls', { id: 'c' }],
    ['unknown metadata', 'channel.metadata', { message: 'hello' }],
  ])('treats %s as other', (_name, topic, body) => {
    expect(parseChannelMessage(event(topic, body))).toMatchObject({ type: 'other' });
  });
});

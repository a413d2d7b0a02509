import type { ConversationLike } from '../conversations/interactions';

/** What arrives on a Notifications API WebSocket, sorted by what the extension does with it. */
export type ChannelMessage =
  | { type: 'heartbeat' }
  | { type: 'pong' }
  /** `v2.system.socket_closing`: the server is about to close the socket; reconnect now. */
  | { type: 'closing' }
  | { type: 'conversation'; userId: string; conversation: ConversationLike }
  | { type: 'other'; topicName: string };

const CONVERSATIONS_TOPIC = /^v2\.users\.([^.]+)\.conversations$/;

/** The topic that carries a user's conversations, all media. */
export const conversationsTopic = (userId: string) => `v2.users.${userId}.conversations`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one WebSocket text frame: `{ topicName, eventBody, version?, metadata? }`. Anything that
 * is not JSON or not shaped like an event is dropped (undefined), never thrown.
 */
export function parseChannelMessage(text: string): ChannelMessage | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || typeof data.topicName !== 'string') return undefined;
  const { topicName, eventBody } = data;
  if (topicName === 'channel.metadata') {
    const message = isObject(eventBody) ? eventBody.message : undefined;
    if (message === 'WebSocket Heartbeat') return { type: 'heartbeat' };
    if (message === 'pong') return { type: 'pong' };
    return { type: 'other', topicName };
  }
  if (topicName === 'v2.system.socket_closing') return { type: 'closing' };
  const user = CONVERSATIONS_TOPIC.exec(topicName)?.[1];
  if (
    user &&
    isObject(eventBody) &&
    typeof eventBody.id === 'string' &&
    (eventBody.participants === undefined || Array.isArray(eventBody.participants))
  ) {
    return { type: 'conversation', userId: user, conversation: eventBody };
  }
  return { type: 'other', topicName };
}

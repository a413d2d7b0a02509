import { randomUUID } from 'node:crypto';
import type { Models } from 'purecloud-platform-client-v2';
import { DEMO_ORGANIZATION } from '../seed';
import type { ChannelRecord } from './channel-registry';

/**
 * What the server writes on a channel's socket, as the .NET SDK's `NotificationData` reads it
 * (facts file, section 3.3): topic events carry `version` and a correlation id, metadata none.
 */
export interface NotificationMessage {
  topicName: string;
  version?: string;
  eventBody: object;
  metadata?: { CorrelationId: string };
}

const METADATA_TOPIC = 'channel.metadata';

export const HEARTBEAT: NotificationMessage = { topicName: METADATA_TOPIC, eventBody: { message: 'WebSocket Heartbeat' } };

export const PONG: NotificationMessage = { topicName: METADATA_TOPIC, eventBody: { message: 'pong' } };

export const topicMessage = (topicName: string, eventBody: object, correlationId: string): NotificationMessage => ({
  topicName,
  version: '2',
  eventBody,
  metadata: { CorrelationId: correlationId },
});

/** Why the server is about to close a socket; only revocation has values in the model's enums. */
export type ClosingReason = 'channel-expiring' | 'channel-removed' | 'token-expired' | 'token-revoked';

const CLOSING: Record<ClosingReason, Pick<Models.SystemMessageSystemMessage, 'systemTopicType' | 'reason' | 'message'>> = {
  'channel-expiring': { message: 'The channel expires within a minute. Create a new channel and connect to it.' },
  'channel-removed': { message: 'The channel was removed: the token created more than 20 channels.' },
  'token-expired': { message: 'The token that created the channel expired.' },
  'token-revoked': {
    systemTopicType: 'token_revoked',
    reason: 'user_tokens_revoked',
    message: 'The user’s tokens were revoked.',
  },
};

/**
 * `v2.system.socket_closing`, which the .NET SDK answers by reconnecting. The body is a
 * `SystemMessageSystemMessage`; which fields the service fills for each cause is not documented.
 */
export function socketClosing(channel: ChannelRecord, why: ClosingReason): NotificationMessage {
  const body: Models.SystemMessageSystemMessage = {
    channelId: channel.id,
    ...CLOSING[why],
    correlationId: randomUUID(),
    organizationId: DEMO_ORGANIZATION.id,
    userId: channel.userId,
    oauthClientId: channel.clientId,
  };
  return { topicName: 'v2.system.socket_closing', eventBody: body };
}

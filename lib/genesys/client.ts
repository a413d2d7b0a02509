import type { Models } from 'purecloud-platform-client-v2';
import { GenesysApiError } from './errors';
import { externalContactsApi } from './external-contacts';
import { createGenesysHttp, type HttpOptions } from './http';
import { OPERATIONS } from './operations';

/** The Platform API as the extension uses it: External Contacts, who the agent is, and their conversations. */
export function createGenesysClient(options: HttpOptions) {
  const http = createGenesysHttp(options);
  return {
    ...externalContactsApi(http),
    getMe: () => http.request<Models.UserMe>({ operation: OPERATIONS.viewMe, method: 'get', path: 'users/me' }),
    /** The signed-in agent's active conversations. */
    getConversations: () =>
      http.request<Models.ConversationEntityListing>({
        operation: OPERATIONS.viewConversations,
        method: 'get',
        path: 'conversations',
      }),
    /** A Notifications API channel: a WebSocket address that lives about a day. */
    createChannel: () =>
      http.request<Models.Channel>({ operation: OPERATIONS.notifications, method: 'post', path: 'notifications/channels' }),
    /** Whether a channel still exists (200) or expired (404). */
    channelExists: (channelId: string) =>
      http
        .request<undefined>({
          operation: OPERATIONS.notifications,
          method: 'head',
          path: `notifications/channels/${encodeURIComponent(channelId)}`,
        })
        .then(
          () => true,
          (error: unknown) => {
            if (error instanceof GenesysApiError && error.failure.kind === 'not-found') return false;
            throw error;
          },
        ),
    /** Replaces a channel's subscriptions with `topics`. */
    subscribe: (channelId: string, topics: readonly string[]) =>
      http.request<Models.ChannelTopicEntityListing>({
        operation: OPERATIONS.notifications,
        method: 'put',
        path: `notifications/channels/${encodeURIComponent(channelId)}/subscriptions`,
        json: topics.map((id) => ({ id })),
      }),
    /** Revokes the token in use (sign-out). */
    revokeToken: () => http.request<undefined>({ operation: OPERATIONS.revokeToken, method: 'delete', path: 'tokens/me' }),
  };
}

export type GenesysClient = ReturnType<typeof createGenesysClient>;

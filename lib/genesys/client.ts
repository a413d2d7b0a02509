import type { Models } from 'purecloud-platform-client-v2';
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
    /** Revokes the token in use (sign-out). */
    revokeToken: () => http.request<undefined>({ operation: OPERATIONS.revokeToken, method: 'delete', path: 'tokens/me' }),
  };
}

export type GenesysClient = ReturnType<typeof createGenesysClient>;

import * as v from 'valibot';
import { agentInteractions, MEDIA_TYPES } from '../conversations/interactions';
import { GenesysApiError } from '../genesys/errors';
import { settle } from '../messaging/result';
import { route } from '../messaging/router';
import { fromExtensionPages, IdSchema } from './schemas';
import type { BackgroundServices } from './services';

/** The agent's active conversations, and tying a contact to one of them. */
export function registerConversationRoutes({ api, auth }: BackgroundServices): void {
  route('conversations.list', {
    from: fromExtensionPages,
    schema: v.undefined(),
    handle: () =>
      settle(
        (async () => {
          const agent = (await auth.status()).agent;
          if (!agent)
            throw new GenesysApiError({
              kind: 'unauthorized',
              message: 'You are signed out of Genesys Cloud. Sign in to continue.',
            });
          const listing = await (await api()).getConversations();
          return (listing.entities ?? []).flatMap((conversation) => agentInteractions(conversation, agent.id));
        })(),
      ),
  });
  route('conversations.associate', {
    from: fromExtensionPages,
    schema: v.object({
      interaction: v.object({ conversationId: IdSchema, communicationId: IdSchema, mediaType: v.picklist(MEDIA_TYPES) }),
      contactId: IdSchema,
    }),
    handle: ({ interaction, contactId }) =>
      settle(
        (async () => {
          await (await api()).associateConversation({ ...interaction, externalContactId: contactId });
          return undefined;
        })(),
      ),
  });
}

import type { Models } from 'purecloud-platform-client-v2';
import { compact } from '../compact';

type MediaItem = Models.Call | Models.Email | Models.Message;

/**
 * The per-media topics (`v2.users.{id}.calls`, `.emails`, `.messages`) carry their own models
 * (`ConversationCallEventTopicCallConversation` …): one flat entry per participant that has the
 * media, with the media's state on the participant and users and contacts as `{id, name}` refs.
 */
function mediaConversation<I extends MediaItem, P extends object>(
  conversation: Models.Conversation,
  itemsOf: (participant: Models.Participant) => I[] | undefined,
  specific: (participant: Models.Participant, item: I) => P,
) {
  const participants = conversation.participants.flatMap((participant) => {
    const item = itemsOf(participant)?.at(-1);
    if (!item) return [];
    return [
      compact({
        id: participant.id,
        name: participant.name,
        address: participant.address,
        startTime: participant.startTime,
        connectedTime: participant.connectedTime,
        endTime: participant.endTime,
        purpose: participant.purpose,
        state: item.state,
        initialState: item.initialState,
        direction: item.direction,
        user: participant.userId === undefined ? undefined : { id: participant.userId, name: participant.name },
        externalContact: participant.externalContactId === undefined ? undefined : { id: participant.externalContactId },
        externalOrganization:
          participant.externalOrganizationId === undefined ? undefined : { id: participant.externalOrganizationId },
        ...specific(participant, item),
      }),
    ];
  });
  return { id: conversation.id, address: conversation.address, participants };
}

export const mediaTopicEvent = {
  calls: (conversation: Models.Conversation): Models.ConversationCallEventTopicCallConversation =>
    mediaConversation(
      conversation,
      (participant) => participant.calls,
      (participant) => ({ ani: participant.ani, dnis: participant.dnis }),
    ),
  emails: (conversation: Models.Conversation): Models.ConversationEmailEventTopicEmailConversation =>
    mediaConversation(
      conversation,
      (participant) => participant.emails,
      (_, email) => ({ subject: email.subject, messagesSent: email.messagesSent }),
    ),
  messages: (conversation: Models.Conversation): Models.ConversationMessageEventTopicMessageConversation =>
    mediaConversation(
      conversation,
      (participant) => participant.messages,
      (_, message) => ({ type: message.type }),
    ),
};

export type MediaTopic = keyof typeof mediaTopicEvent;

import type { Models } from 'purecloud-platform-client-v2';
import { compact } from '../compact';

/**
 * A conversation as the `v2.users.{id}.conversations` topic carries it. The event model is not the
 * REST `Conversation` (facts file, section 3.3): the conversation has no start or end time and no
 * selfUri, participants have no `startTime`, `ani`, `dnis` or `userUri`, and media items have no
 * `startAlertingTime`. So an extension must read `calls[].other` and `messages[].fromAddress`.
 */
export function conversationEvent(conversation: Models.Conversation): Models.ConversationEventTopicConversation {
  return compact({
    id: conversation.id,
    address: conversation.address,
    participants: conversation.participants.map(participantEvent),
  });
}

export function participantEvent(participant: Models.Participant): Models.ConversationEventTopicParticipant {
  return compact({
    id: participant.id,
    connectedTime: participant.connectedTime,
    endTime: participant.endTime,
    userId: participant.userId,
    externalContactId: participant.externalContactId,
    externalOrganizationId: participant.externalOrganizationId,
    name: participant.name,
    purpose: participant.purpose,
    address: participant.address,
    calls: participant.calls?.map(callEvent),
    emails: participant.emails?.map(emailEvent),
    messages: participant.messages?.map(messageEvent),
  });
}

/** What every media item shares: its communication id, state, direction and times. */
function communication(item: Models.Call | Models.Email | Models.Message) {
  return {
    id: item.id,
    state: item.state,
    initialState: item.initialState,
    direction: item.direction,
    connectedTime: item.connectedTime,
    disconnectedTime: item.disconnectedTime,
  };
}

const callEvent = (call: Models.Call): Models.ConversationEventTopicCall =>
  compact({ ...communication(call), self: call.self, other: call.other });

const emailEvent = (email: Models.Email): Models.ConversationEventTopicEmail =>
  compact({ ...communication(email), subject: email.subject, messagesSent: email.messagesSent });

const messageEvent = (message: Models.Message): Models.ConversationEventTopicMessage =>
  compact({ ...communication(message), type: message.type, fromAddress: message.fromAddress, toAddress: message.toAddress });

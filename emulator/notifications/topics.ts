import type { Models } from 'purecloud-platform-client-v2';
import type { Caller } from '../api/types';
import type { ConversationEvent } from '../conversations';
import { conversationEvent, participantEvent } from './event-model';
import { mediaTopicEvent, type MediaTopic } from './media-event-model';

/** `conversations` carries every media in the generic event model; the others one media each. */
export type TopicKind = 'conversations' | MediaTopic;

const USER_TOPIC = /^v2\.users\.([^.]+)\.(conversations|calls|emails|messages)$/;

export const userTopic = (userId: string, kind: TopicKind): string => `v2.users.${userId}.${kind}`;

export type ReviewedTopic = Models.ChannelTopic & { id: string; state: 'Permitted' | 'Rejected' };

/**
 * Whether a token may subscribe to a topic. An agent's token gets its own user's conversation
 * topics; a client-credentials token, which the emulator lets do anything, gets any agent's.
 * Every other topic is rejected, since the emulator would never publish on it.
 */
export function reviewTopic(id: string, caller: Caller, isAgent: (userId: string) => boolean): ReviewedTopic {
  const userId = USER_TOPIC.exec(id)?.[1];
  const rejected = (rejectionReason: string): ReviewedTopic => ({ id, state: 'Rejected', rejectionReason });
  if (userId === undefined) return rejected(`The emulator does not publish the topic ${id}.`);
  if (caller.agent && caller.agent.id !== userId) return rejected('A user token may only subscribe to its own user’s topics.');
  if (!caller.agent && !isAgent(userId)) return rejected(`There is no user ${userId}.`);
  return { id, state: 'Permitted' };
}

export interface TopicEvent {
  topicName: string;
  eventBody: object;
}

/** How many participants the change touched, compared in the event model. */
function changedParticipants({ conversation, previous }: ConversationEvent): number {
  const shown = (participant: Models.Participant) => JSON.stringify(participantEvent(participant));
  const before = new Map((previous?.participants ?? []).map((participant) => [participant.id, shown(participant)]));
  return conversation.participants.filter((participant) => before.get(participant.id) !== shown(participant)).length;
}

/**
 * The events a conversation change publishes, one batch per participant it touched. The service
 * sends the whole conversation whenever any participant changes, so answering (both legs
 * connect) reaches the agent twice with the same snapshot, and an association (the customer
 * gains `externalContactId`) repeats the agent's unchanged state: clients must de-duplicate.
 */
export function topicEventsFor(event: ConversationEvent): TopicEvent[][] {
  const { conversation } = event;
  const users = new Set(conversation.participants.flatMap((participant) => participant.userId ?? []));
  const bodies: [TopicKind, object][] = [['conversations', conversationEvent(conversation)]];
  for (const kind of Object.keys(mediaTopicEvent) as MediaTopic[]) {
    if (conversation.participants.some((participant) => participant[kind]?.length)) {
      bodies.push([kind, mediaTopicEvent[kind](conversation)]);
    }
  }
  const batch = [...users].flatMap((userId) =>
    bodies.map(([kind, eventBody]) => ({ topicName: userTopic(userId, kind), eventBody })),
  );
  return Array.from({ length: changedParticipants(event) }, () => batch);
}

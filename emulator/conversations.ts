import type { Models } from 'purecloud-platform-client-v2';
import { buildConversation, type NewConversation } from './conversation-model';
import type { Agent } from './records';

export type ConversationEventType = 'added' | 'updated' | 'ended';

/** A change to a conversation; the Notifications API turns it into topic events. */
export interface ConversationEvent {
  type: ConversationEventType;
  conversation: Models.Conversation;
  /** The conversation before the change; absent when it was just added. */
  previous?: Models.Conversation;
}

export interface AssociationRecord extends Models.ConversationAssociation {
  /** The agent whose token made the association. */
  userId?: string;
  timestamp: string;
}

type MediaItem = Models.Call | Models.Email | Models.Message;

const mediaItems = (participant: Models.Participant): MediaItem[] => [
  ...(participant.calls ?? []),
  ...(participant.emails ?? []),
  ...(participant.messages ?? []),
];

/**
 * Active and ended conversations. Every change goes through `change()`, the one place that tells
 * subscribers (the Notifications API).
 */
export class ConversationHub {
  private readonly conversations = new Map<string, Models.Conversation>();
  private readonly listeners = new Set<(event: ConversationEvent) => void>();
  private associations: AssociationRecord[] = [];

  subscribe(listener: (event: ConversationEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.conversations.clear();
    this.associations = [];
  }

  get(id: string): Models.Conversation | undefined {
    const conversation = this.conversations.get(id);
    return conversation && structuredClone(conversation);
  }

  list(): Models.Conversation[] {
    return [...this.conversations.values()].map((conversation) => structuredClone(conversation));
  }

  /** Conversations the agent takes part in that have not ended. */
  activeFor(userId: string): Models.Conversation[] {
    return this.list().filter(
      (conversation) =>
        conversation.endTime === undefined && conversation.participants.some((participant) => participant.userId === userId),
    );
  }

  add(input: NewConversation, agent: Agent): Models.Conversation {
    const conversation = buildConversation(input, agent);
    this.conversations.set(conversation.id ?? '', conversation);
    return this.change('added', conversation);
  }

  connect(id: string): Models.Conversation | undefined {
    return this.update(id, 'updated', (conversation, now) => {
      for (const participant of conversation.participants) {
        participant.connectedTime ??= now;
        for (const item of mediaItems(participant)) {
          if (item.state !== 'alerting') continue;
          item.state = 'connected';
          item.connectedTime = now;
        }
      }
    });
  }

  end(id: string): Models.Conversation | undefined {
    return this.update(id, 'ended', (conversation, now) => {
      conversation.endTime ??= now;
      for (const participant of conversation.participants) {
        participant.endTime ??= now;
        for (const item of mediaItems(participant)) {
          item.state = 'disconnected';
          item.disconnectedTime ??= now;
        }
      }
    });
  }

  /** Records the association and marks the customer with the contact (or clears it). */
  associate(association: AssociationRecord, organizationId: string | undefined): Models.Conversation | undefined {
    const updated = this.update(association.conversationId, 'updated', (conversation) => {
      for (const participant of conversation.participants) {
        if (participant.purpose !== 'customer') continue;
        participant.externalContactId = association.externalContactId;
        participant.externalOrganizationId = association.externalContactId === undefined ? undefined : organizationId;
      }
    });
    if (updated) this.associations.push(association);
    return updated;
  }

  listAssociations(): AssociationRecord[] {
    return this.associations.map((association) => ({ ...association }));
  }

  private update(
    id: string,
    type: ConversationEventType,
    mutate: (conversation: Models.Conversation, now: string) => void,
  ): Models.Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    const previous = structuredClone(conversation);
    mutate(conversation, new Date().toISOString());
    return this.change(type, conversation, previous);
  }

  private change(
    type: ConversationEventType,
    conversation: Models.Conversation,
    previous?: Models.Conversation,
  ): Models.Conversation {
    for (const listener of this.listeners) listener({ type, conversation: structuredClone(conversation), previous });
    return structuredClone(conversation);
  }
}

import { randomUUID } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Models } from 'purecloud-platform-client-v2';
import { compact } from './compact';
import type { Agent } from './records';

export type ConversationMedia = 'call' | 'email' | 'message';
export type ConversationState = 'alerting' | 'connected';
export type Direction = 'inbound' | 'outbound';

export interface NewConversation {
  userId: string;
  mediaType: ConversationMedia;
  /** The customer: an E.164 number for calls and SMS, an email address, or a social handle. */
  address: string;
  /** @default 'alerting' */
  state?: ConversationState;
  /** @default 'inbound' */
  direction?: Direction;
  customerName?: string;
  /** `Message.type` for messages. @default 'sms' */
  messageType?: string;
  /** Email subject. */
  subject?: string;
}

/** The demo contact center's own addresses, the other end of every conversation. */
export const CONTACT_CENTER = { phone: '+18005550100', email: 'care@screenpop-demo.example' } as const;

/** Calls carry `tel:` URIs as the service reports them; other media carry the bare address. */
function endpoint(media: ConversationMedia, address: string, name?: string): Models.Address {
  const phone = parsePhoneNumberFromString(address);
  const normalized = media === 'call' && phone?.isValid() ? `tel:${phone.number}` : address;
  return compact({
    name,
    nameRaw: name,
    addressNormalized: normalized,
    addressRaw: normalized,
    addressDisplayable: phone?.isValid() ? phone.formatInternational() : address,
  });
}

function centerAddress(media: ConversationMedia): string {
  return media === 'email' ? CONTACT_CENTER.email : CONTACT_CENTER.phone;
}

interface Endpoints {
  customer: Models.Address;
  center: Models.Address;
}

/**
 * One participant's leg of the media: each participant has its own communication id. A call's
 * `self`/`other` depend on whose leg it is; a message's `fromAddress`/`toAddress` on its direction.
 */
function mediaFor(
  input: NewConversation,
  { customer, center }: Endpoints,
  side: 'customer' | 'agent',
  now: string,
): Pick<Models.Participant, 'calls' | 'emails' | 'messages'> {
  const state = input.state ?? 'alerting';
  const direction = input.direction ?? 'inbound';
  const common = {
    id: randomUUID(),
    state,
    initialState: state,
    direction,
    startAlertingTime: now,
    connectedTime: state === 'connected' ? now : undefined,
  };
  const inbound = direction === 'inbound';
  switch (input.mediaType) {
    case 'call': {
      const [self, other] = side === 'customer' ? [customer, center] : [center, customer];
      return { calls: [compact({ ...common, self, other })] };
    }
    case 'email':
      return { emails: [compact({ ...common, subject: input.subject ?? 'Customer enquiry', messagesSent: 0 })] };
    case 'message':
      return {
        messages: [
          compact({
            ...common,
            type: input.messageType ?? 'sms',
            fromAddress: inbound ? customer : center,
            toAddress: inbound ? center : customer,
          }),
        ],
      };
  }
}

/** A conversation between the agent and a customer, shaped like `GET /api/v2/conversations`. */
export function buildConversation(input: NewConversation, agent: Agent, now = new Date().toISOString()): Models.Conversation {
  const id = randomUUID();
  const center = centerAddress(input.mediaType);
  const customer = endpoint(input.mediaType, input.address, input.customerName);
  const centerEndpoint = endpoint(input.mediaType, center);
  const endpoints = { customer, center: centerEndpoint };
  const inbound = (input.direction ?? 'inbound') === 'inbound';
  const connected = input.state === 'connected' ? now : undefined;
  const customerAddress = customer.addressNormalized ?? input.address;
  const centerNormalized = centerEndpoint.addressNormalized ?? center;
  const customerParticipant: Models.Participant = compact({
    id: randomUUID(),
    startTime: now,
    connectedTime: connected,
    name: input.customerName,
    purpose: 'customer',
    participantType: 'External',
    address: customerAddress,
    ani: input.mediaType === 'call' ? (inbound ? customerAddress : centerNormalized) : undefined,
    dnis: input.mediaType === 'call' ? (inbound ? centerNormalized : customerAddress) : undefined,
    ...mediaFor(input, endpoints, 'customer', now),
  });
  const agentParticipant: Models.Participant = compact({
    id: randomUUID(),
    startTime: now,
    connectedTime: connected,
    name: agent.name,
    userId: agent.id,
    userUri: `/api/v2/users/${agent.id}`,
    purpose: 'agent',
    participantType: 'Internal',
    ...mediaFor(input, endpoints, 'agent', now),
  });
  return {
    id,
    startTime: now,
    address: centerNormalized,
    // Inbound customers arrive first; outbound ones are dialled by the agent.
    participants: inbound ? [customerParticipant, agentParticipant] : [agentParticipant, customerParticipant],
    selfUri: `/api/v2/conversations/${id}`,
  };
}

/** Every media item of every participant: where communication ids live. */
export function communicationsOf(conversation: Models.Conversation): { id?: string; mediaType: string }[] {
  return conversation.participants.flatMap((participant) => [
    ...(participant.calls ?? []).map((call) => ({ id: call.id, mediaType: 'CALL' })),
    ...(participant.emails ?? []).map((email) => ({ id: email.id, mediaType: 'EMAIL' })),
    ...(participant.messages ?? []).map((message) => ({ id: message.id, mediaType: 'MESSAGE' })),
  ]);
}

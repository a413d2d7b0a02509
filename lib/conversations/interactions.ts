import { detect } from '../detect';
import type { LookupQuery } from '../lookup/lookup-types';

/** The media of a conversation, as `ConversationAssociation.mediaType` names them. */
export const MEDIA_TYPES = [
  'CALL',
  'CALLBACK',
  'CHAT',
  'COBROWSE',
  'EMAIL',
  'MESSAGE',
  'INTERNAL_MESSAGE',
  'SCREEN_MONITORING',
  'SOCIAL_EXPRESSION',
  'VIDEO',
  'SCREENSHARE',
] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** A participant's media collection and the association media type it stands for. */
const MEDIA: readonly (readonly [keyof MediaCollections, MediaType])[] = [
  ['calls', 'CALL'],
  ['callbacks', 'CALLBACK'],
  ['chats', 'CHAT'],
  ['cobrowsesessions', 'COBROWSE'],
  ['emails', 'EMAIL'],
  ['messages', 'MESSAGE'],
  ['internalMessages', 'INTERNAL_MESSAGE'],
  ['screenMonitorings', 'SCREEN_MONITORING'],
  ['socialExpressions', 'SOCIAL_EXPRESSION'],
  ['videos', 'VIDEO'],
  ['screenshares', 'SCREENSHARE'],
];

interface AddressLike {
  addressNormalized?: string;
  addressRaw?: string;
  addressDisplayable?: string;
}

/** The fields of a media item both the REST `Conversation` and the notification event carry. */
export interface MediaItemLike {
  id?: string;
  state?: string;
  direction?: string;
  startAlertingTime?: string;
  connectedTime?: string;
  other?: AddressLike;
  type?: string;
  fromAddress?: AddressLike | string;
}

type MediaCollections = Record<
  | 'calls'
  | 'callbacks'
  | 'chats'
  | 'cobrowsesessions'
  | 'emails'
  | 'messages'
  | 'internalMessages'
  | 'screenMonitorings'
  | 'socialExpressions'
  | 'videos'
  | 'screenshares',
  MediaItemLike[] | undefined
>;

export type ParticipantLike = Partial<MediaCollections> & {
  id?: string;
  userId?: string;
  purpose?: string;
  address?: string;
  ani?: string;
  name?: string;
  externalContactId?: string;
  endTime?: string;
};

/** What both `Models.Conversation` and `Models.ConversationEventTopicConversation` provide. */
export interface ConversationLike {
  id?: string;
  startTime?: string;
  participants?: ParticipantLike[];
}

/** One of the agent's interactions in a conversation: what the association button aims at. */
export interface Interaction {
  conversationId: string;
  /** The agent's communication: `ConversationAssociation.communicationId`. */
  communicationId: string;
  mediaType: MediaType;
  /** `alerting`, `connected`, … as the media item reports it. */
  state: string;
  direction?: string;
  /** The customer's address as Genesys Cloud gives it (ANI, email address, message address). */
  customerAddress?: string;
  customerName?: string;
  /** Message channel (`sms`, `whatsapp`, `twitter`, …) for MESSAGE interactions. */
  messageType?: string;
  startedAt?: string;
  /** The contact already associated with the customer, if any. */
  externalContactId?: string;
}

const ENDED = new Set(['disconnected', 'terminated']);
const CUSTOMER = new Set(['customer', 'external']);

function addressText(address: AddressLike | string | undefined): string | undefined {
  if (typeof address === 'string') return address || undefined;
  return address?.addressNormalized || address?.addressRaw || address?.addressDisplayable || undefined;
}

/**
 * The agent's live interactions in `conversation`: one per media item of the agent's
 * participant that has not ended, with the customer's address next to it.
 */
export function agentInteractions(conversation: ConversationLike, agentId: string): Interaction[] {
  const conversationId = conversation.id;
  if (!conversationId) return [];
  const participants = conversation.participants ?? [];
  const customer = participants.find((p) => CUSTOMER.has(p.purpose ?? '') && !p.endTime);
  const agent = participants.filter((p) => p.userId === agentId);
  return agent.flatMap((participant) =>
    MEDIA.flatMap(([collection, mediaType]) =>
      (participant[collection] ?? []).flatMap((item): Interaction[] => {
        if (!item.id || ENDED.has(item.state ?? '')) return [];
        const customerAddress = customer?.address ?? customer?.ani ?? addressText(item.other) ?? addressText(item.fromAddress);
        return [
          {
            conversationId,
            communicationId: item.id,
            mediaType,
            state: item.state ?? 'unknown',
            ...(item.direction && { direction: item.direction }),
            ...(customerAddress && { customerAddress }),
            ...(customer?.name && { customerName: customer.name }),
            ...(item.type && { messageType: item.type }),
            ...((item.startAlertingTime ?? conversation.startTime) && {
              startedAt: item.startAlertingTime ?? conversation.startTime,
            }),
            ...(customer?.externalContactId && { externalContactId: customer.externalContactId }),
          },
        ];
      }),
    ),
  );
}

/** An address as the agent reads it: without the scheme Genesys puts on it (`tel:+1…`, `sip:`, `mailto:`). */
export const readableAddress = (address: string): string => address.replace(/^(tel|sips?|mailto):/i, '');

/**
 * What to look the customer up by: the address through `lib/detect` (`tel:+1…`, `sip:` and
 * bare E.164 numbers, email addresses), or the address itself as a screen name on Twitter.
 */
export function customerQuery(interaction: Interaction, defaultCountry?: string): LookupQuery | undefined {
  const address = interaction.customerAddress?.trim();
  if (!address) return undefined;
  if (interaction.messageType === 'twitter') {
    const handle = address.replace(/^@/, '');
    return /^[A-Za-z0-9_]{1,15}$/.test(handle) ? { kind: 'twitter', value: handle } : undefined;
  }
  let text = readableAddress(address);
  // A SIP address whose user part is a number: the number is the customer.
  const sipUser = /^(\+?\d[\d\s().-]*)@/.exec(text);
  if (sipUser?.[1]) text = sipUser[1];
  // E.164 without its "+", as WhatsApp and some SMS addresses come.
  if (/^\d{8,15}$/.test(text)) text = `+${text}`;
  const [found] = detect(text, defaultCountry ? { defaultCountry } : {});
  return found ? { kind: found.kind, value: found.value } : undefined;
}

import {
  customerQuery,
  readableAddress,
  type ConversationLike,
  type Interaction,
  type MediaType,
} from '../conversations/interactions';
import type { ContactSummary } from '../lookup/contact-summary';
import type { LookupOutcome, LookupQuery } from '../lookup/lookup-types';
import type { PopupFocus } from '../storage/session';
import { trackConversation, type PopState, type PopTrigger } from './pop-tracker';

export interface ScreenPopSettings {
  enabled: boolean;
  /** Pop when the interaction alerts, or only once the agent answers. */
  popOn: PopTrigger;
  /** A system notification with who it is. */
  notifications: boolean;
  /** Open the details window on the caller at once. */
  openWindow: boolean;
  /** Associate the contact with the conversation when exactly one contact matches. */
  autoAssociate: boolean;
}

export const DEFAULT_SCREEN_POP: ScreenPopSettings = {
  enabled: true,
  popOn: 'alerting',
  notifications: true,
  openWindow: true,
  autoAssociate: false,
};

/** What the system notification says. */
export interface PopNotice {
  conversationId: string;
  title: string;
  message: string;
}

export interface ScreenPopDeps {
  settings(): Promise<ScreenPopSettings>;
  agentId(): Promise<string | undefined>;
  defaultCountry(): Promise<string>;
  lookup(query: LookupQuery): Promise<LookupOutcome>;
  state: { get(): Promise<PopState>; set(state: PopState): Promise<void> };
  associate(interaction: Interaction, contactId: string): Promise<void>;
  notify(notice: PopNotice): Promise<void>;
  setBadge(count: number): Promise<void>;
  focus(focus: Omit<PopupFocus, 'at'>): Promise<void>;
  openWindow(): Promise<void>;
  now(): number;
}

const MEDIA_WORDS: Partial<Record<MediaType, string>> = {
  CALL: 'Call',
  CALLBACK: 'Callback',
  EMAIL: 'Email',
  MESSAGE: 'Message',
  CHAT: 'Chat',
};

/** "Call from Dana Whitfield" / "Northwind Health Partners · +16175550142", or the unknown caller. */
export function popNotice(interaction: Interaction, contacts: readonly ContactSummary[]): PopNotice {
  const media = MEDIA_WORDS[interaction.mediaType] ?? 'Interaction';
  const address = interaction.customerAddress ? readableAddress(interaction.customerAddress) : 'no address';
  const [only] = contacts;
  if (contacts.length === 1 && only) {
    return {
      conversationId: interaction.conversationId,
      title: `${media} from ${only.name}`,
      message: [only.organization?.name, address].filter(Boolean).join(' · '),
    };
  }
  return {
    conversationId: interaction.conversationId,
    title: contacts.length > 1 ? `${media} from one of ${String(contacts.length)} contacts` : `${media} from an unknown caller`,
    message: contacts.length > 1 ? `${address}: ${contacts.map((c) => c.name).join(', ')}` : address,
  };
}

/**
 * Screen-pop: every conversation event goes through the tracker; the first time an interaction
 * qualifies, the customer is looked up and the agent gets a notification, a badge and the details
 * window aimed at that conversation. Events are handled one at a time, in arrival order.
 */
export function createScreenPop(deps: ScreenPopDeps) {
  let queue: Promise<void> = Promise.resolve();

  async function pop(interaction: Interaction, settings: ScreenPopSettings): Promise<void> {
    const query = customerQuery(interaction, await deps.defaultCountry());
    const outcome = query ? await deps.lookup(query) : undefined;
    const contacts = outcome?.status === 'match' ? outcome.contacts : [];
    const [only] = contacts;
    // A notification that cannot be shown must not stop the window and the association.
    if (settings.notifications) await deps.notify(popNotice(interaction, contacts)).catch(() => undefined);
    if (!query) return;
    await deps.focus({
      query,
      mode: 'details',
      source: 'screen-pop',
      conversationId: interaction.conversationId,
      ...(contacts.length === 1 && only && { contactId: only.id }),
    });
    if (settings.openWindow) await deps.openWindow();
    if (settings.autoAssociate && contacts.length === 1 && only) await deps.associate(interaction, only.id);
  }

  async function handle(conversation: ConversationLike): Promise<void> {
    const settings = await deps.settings();
    const agentId = await deps.agentId();
    if (!settings.enabled || !agentId) return;
    const decision = trackConversation(await deps.state.get(), conversation, agentId, settings.popOn, deps.now());
    await deps.state.set(decision.state);
    if (decision.pop || decision.ended) await deps.setBadge(decision.state.active.length);
    if (decision.pop) await pop(decision.pop, settings);
  }

  return {
    /** Queues one conversation event (from the socket, or from catching up after a reconnect). */
    handle(conversation: ConversationLike): Promise<void> {
      queue = queue.then(() => handle(conversation)).catch(() => undefined);
      return queue;
    },
  };
}

import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Agent, AuthStatus } from '../auth/session';
import type { NewContact } from '../contacts/new-contact';
import type { NoteSave } from '../contacts/note-outbox';
import type { NoteOwner, NotePage, NoteView } from '../contacts/notes';
import type { Interaction } from '../conversations/interactions';
import type { ContactSummary } from '../lookup/contact-summary';
import type { LookupOutcome, LookupQuery } from '../lookup/lookup-types';
import type { PopupContext } from '../popup/popup-context';
import type { ScreenPopSettings } from '../screen-pop/screen-pop-service';
import type { ConnectionSettings, Preferences } from '../storage/settings';
import type { Result } from './result';

/**
 * The one message protocol between content scripts, extension pages and the background.
 * Each entry maps a message name to its request and response; the background checks who
 * may send each message and validates its payload (see `lib/messaging/router.ts`).
 */
export interface ProtocolMap {
  /** Liveness check: any context may ask the background which build is running. */
  ping(): { version: string };

  /** Extension pages: whether the agent is signed in, and as whom (never the token). */
  'auth.status'(): AuthStatus;
  /** Extension pages: the interactive sign-in (opens Genesys Cloud's login window). */
  'auth.signIn'(): Result<AuthStatus>;
  /** Extension pages: sign out, forget the token and every cached contact. */
  'auth.signOut'(): AuthStatus;
  /** Extension pages: who Genesys Cloud says the token belongs to (a live `users/me` call). */
  'agent.me'(): Result<Agent>;

  /** Extension pages: change the region, OAuth client or emulator address (signs out if they change). */
  'connection.save'(settings: ConnectionSettings): Result<ConnectionSettings>;
  /** Extension pages: save the scanner and hover-card preferences (open tabs follow at once). */
  'preferences.save'(preferences: Preferences): Result<Preferences>;
  /** Extension pages: save the screen-pop settings. */
  'screenPop.save'(settings: ScreenPopSettings): Result<ScreenPopSettings>;

  /** Any of our contexts: who a value belongs to (from the cache if fresh and no older than `maxAgeMs`). */
  'lookup.run'(request: { query: LookupQuery; maxAgeMs?: number }): LookupOutcome;
  /** Extension pages: what the cache holds for a value, fresh or stale, to show while a fresh answer loads. */
  'lookup.peek'(request: { query: LookupQuery }): LookupOutcome | null;
  /** Any of our contexts: show this contact in the popup. */
  'ui.openDetails'(request: { query: LookupQuery; contactId?: string }): void;
  /** Any of our contexts: open the popup's "create contact" form for a value nothing matched. */
  'ui.openCreate'(request: { query: LookupQuery }): void;
  /** Any of our contexts: open the settings, where the agent signs in. */
  'ui.openSignIn'(): void;

  /** Extension pages: what the popup shows when it opens (sign-in state, focus, the page's marks). */
  'popup.context'(): PopupContext;
  /** Extension pages: pause screen-pop on a site, or resume it. */
  'site.setPaused'(request: { site: string; paused: boolean }): Result<{ paused: boolean }>;

  /** Extension pages: a contact's full details, fresh from Genesys Cloud. */
  'contact.get'(request: { contactId: string }): Result<ContactSummary>;
  /** Extension pages: create a contact for a value nothing matched. */
  'contact.create'(request: NewContact): Result<ContactSummary>;

  /** Extension pages: one page of notes, newest first. */
  'notes.list'(request: { owner: NoteOwner; pageNumber: number }): Result<NotePage>;
  /** Saved now, or kept and saved as soon as Genesys Cloud answers again. */
  'notes.add'(request: { owner: NoteOwner; text: string }): Result<NoteSave>;
  /** Extension pages: send the kept notes now. */
  'notes.flush'(): Result<NoteView[]>;
  /** Extension pages: give up on a kept note Genesys Cloud refused. */
  'notes.discard'(request: { id: string }): Result<undefined>;
  'notes.update'(request: { owner: NoteOwner; noteId: string; text: string }): Result<NoteView>;
  'notes.delete'(request: { owner: NoteOwner; noteId: string }): Result<undefined>;

  /** Extension pages: the agent's live interactions, to associate a contact with. */
  'conversations.list'(): Result<Interaction[]>;
  /** Extension pages: associate a contact with one of those interactions. */
  'conversations.associate'(request: {
    interaction: Pick<Interaction, 'conversationId' | 'communicationId' | 'mediaType'>;
    contactId: string;
  }): Result<undefined>;

  /** Background → content script: open the hover card for the selection, or the right-clicked link. */
  'card.showSelection'(request: { linkUrl?: string }): void;
  /** Background → content script: the values marked on the page, for the popup's list. */
  'page.marks'(): PageMark[];
}

/** A value marked on a page, as the popup lists it. */
export interface PageMark extends LookupQuery {
  label: string;
}

export type MessageName = keyof ProtocolMap;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

import { storage } from 'wxt/utils/storage';
import type { AuthSession } from '../auth/session';
import type { PendingNote } from '../contacts/note-outbox';
import type { CachedLookup } from '../lookup/lookup-service';
import type { LookupQuery } from '../lookup/lookup-types';
import type { SavedChannel } from '../screen-pop/notification-channel';
import { EMPTY_POP_STATE, type PopState } from '../screen-pop/pop-tracker';

/**
 * State only the background and extension pages use, declared once. `session:` items live until
 * the browser closes and are out of content scripts' reach (Chrome's default access level; Firefox
 * does not expose session storage to them). A content script must never import this module:
 * defining an item reads its version from storage, which fails there.
 */

/** The Notifications API channel in use, reused when the background restarts while it lives. */
export const notificationChannel = storage.defineItem<SavedChannel>('session:notificationChannel', { version: 1 });

/** Which conversations popped already (each pops once) and which still count on the badge. */
export const popState = storage.defineItem<PopState>('session:popState', { version: 1, fallback: EMPTY_POP_STATE });

/** The signed-in session, token included: background-only by convention, session-only by design. */
export const authSession = storage.defineItem<AuthSession>('session:auth', { version: 1 });

/** Reverse-lookup results: fast hover cards after a service-worker restart; cleared at sign-out. */
export const lookupCache = storage.defineItem<CachedLookup[]>('session:lookupCache', { version: 1, fallback: [] });

/** What the popup shows when it opens: the contact the agent last asked about, and how. */
export interface PopupFocus {
  query: LookupQuery;
  /** When several contacts match, the one the agent picked. */
  contactId?: string;
  mode: 'details' | 'create';
  /** `hover`: a card on a page, opened by hover, click, shortcut or right-click. */
  source: 'hover' | 'screen-pop' | 'popup';
  /**
   * A value the agent only looked at in a page's card: the popup opens on it, but a details window
   * that is open stays on its contact (the agent may be typing a note there while reading the page).
   */
  quiet?: boolean;
  /** Screen-pop: the conversation the association button aims at. */
  conversationId?: string;
  /** The tab the agent asked from, so the popup can offer that page's marks and site rule. */
  tabId?: number;
  /** Epoch milliseconds. */
  at: number;
}

export const popupFocus = storage.defineItem<PopupFocus>('session:popupFocus', { version: 1 });

/**
 * Notes being typed, per contact or organization (`contact:<id>`), saved on every keystroke so
 * closing the popup or a failed save loses nothing. Session-only and cleared at sign-out: drafts
 * are contact data.
 */
export const noteDrafts = storage.defineItem<Record<string, string>>('session:noteDrafts', { version: 1, fallback: {} });

/** Notes Genesys Cloud could not take yet: sent again until it does. Cleared at sign-out. */
export const noteOutbox = storage.defineItem<PendingNote[]>('session:noteOutbox', { version: 1, fallback: [] });

/** Set by an explicit sign-out so the next sign-in shows Genesys Cloud's login form; local, so it outlives a browser restart. */
export const forceLoginPrompt = storage.defineItem<boolean>('local:forceLoginPrompt', { version: 1, fallback: false });

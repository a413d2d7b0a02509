import { storage } from 'wxt/utils/storage';
import type { AuthSession } from './auth/session';
import { DEFAULT_EMULATOR_URL, EMULATOR_BUILD, EMULATOR_CLIENT_ID } from './build-flags';
import type { DetectionKind } from './detect';
import type { PendingNote } from './contacts/note-outbox';
import type { CachedLookup } from './lookup/lookup-service';
import type { LookupQuery } from './lookup/lookup-types';
import type { SavedChannel } from './screen-pop/notification-channel';
import { EMPTY_POP_STATE, type PopState } from './screen-pop/pop-tracker';
import { DEFAULT_SCREEN_POP, type ScreenPopSettings } from './screen-pop/screen-pop-service';
import { DEFAULT_REGION, LOCAL_ENVIRONMENT_ID, type EnvironmentId } from './genesys/regions';
import { countryFromLocales } from './settings/default-country';
import type { SiteMode } from './settings/site-rules';

/**
 * Every piece of persistent state, declared once. `local:` survives restarts; `session:` lives
 * until the browser closes and is readable only by the background and extension pages, never by
 * content scripts (Chrome's default access level; Firefox does not expose it to them).
 */

/** Which Genesys Cloud org to sign in to. */
export interface ConnectionSettings {
  environmentId: EnvironmentId;
  /** The OAuth client (Authorization Code with PKCE) registered by the org's administrator. */
  clientId: string;
  /** Emulator builds only: where the local emulator listens. */
  emulatorUrl: string;
}

export const DEFAULT_CONNECTION: ConnectionSettings = EMULATOR_BUILD
  ? { environmentId: LOCAL_ENVIRONMENT_ID, clientId: EMULATOR_CLIENT_ID, emulatorUrl: DEFAULT_EMULATOR_URL }
  : { environmentId: DEFAULT_REGION, clientId: '', emulatorUrl: DEFAULT_EMULATOR_URL };

/** The agent's region and OAuth client. */
export const connectionSettings = storage.defineItem<ConnectionSettings>('local:connection', {
  version: 1,
  fallback: DEFAULT_CONNECTION,
});

/** How the page scanner and hover card behave. */
export interface Preferences {
  detectors: Record<DetectionKind, boolean>;
  /** ISO 3166-1 alpha-2 country for numbers written without a country code. */
  defaultCountry: string;
  /** How long the pointer rests on a mark before its card opens. */
  hoverDelayMs: number;
  siteMode: SiteMode;
  /** Hosts screen-pop skips (`block` mode) or the only hosts it runs on (`allow` mode). */
  sites: string[];
}

export const DEFAULT_PREFERENCES: Preferences = {
  detectors: { phone: true, email: true, twitter: true },
  defaultCountry: countryFromLocales(typeof navigator === 'undefined' ? [] : navigator.languages),
  hoverDelayMs: 350,
  siteMode: 'block',
  sites: [],
};

/** The agent's preferences (administrators may lock some through policy; see lib/settings/policy.ts). */
export const preferences = storage.defineItem<Preferences>('local:preferences', {
  version: 1,
  fallback: DEFAULT_PREFERENCES,
});

/** Whether and how an arriving interaction pops. */
export const screenPopSettings = storage.defineItem<ScreenPopSettings>('local:screenPopSettings', {
  version: 1,
  fallback: DEFAULT_SCREEN_POP,
});

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
  source: 'hover' | 'selection' | 'screen-pop' | 'popup';
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

/** Set by an explicit sign-out so the next sign-in shows Genesys Cloud's login form. */
export const forceLoginPrompt = storage.defineItem<boolean>('local:forceLoginPrompt', { version: 1, fallback: false });

import { storage } from 'wxt/utils/storage';
import { DEFAULT_EMULATOR_URL, EMULATOR_BUILD, EMULATOR_CLIENT_ID } from '../build-flags';
import type { DetectionKind } from '../detect';
import { DEFAULT_SCREEN_POP, type ScreenPopSettings } from '../screen-pop/screen-pop-service';
import { DEFAULT_REGION, LOCAL_ENVIRONMENT_ID, type EnvironmentId } from '../genesys/regions';
import { countryFromLocales } from '../settings/default-country';
import type { SiteMode } from '../settings/site-rules';

/**
 * The agent's settings, declared once: in `local:` storage, which content scripts may read, so
 * this module is the only part of storage they import (see ./session.ts for the rest).
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

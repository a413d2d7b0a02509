import type { ConnectionSettings, Preferences } from '../storage';
import type { Policy } from './policy';

export type PreferenceKey = keyof Preferences;
export type ConnectionKey = keyof ConnectionSettings;

export interface Effective<T, K> {
  value: T;
  /** The settings a policy decides. */
  locked: K[];
}

/** The agent's preferences with the administrator's policy laid over them. */
export function effectivePreferences(prefs: Preferences, policy: Policy): Effective<Preferences, PreferenceKey> {
  const locked: PreferenceKey[] = [];
  const value: Preferences = { ...prefs, detectors: { ...prefs.detectors, ...policy.detectors } };
  if (policy.detectors) locked.push('detectors');
  if (policy.siteMode !== undefined) {
    value.siteMode = policy.siteMode;
    locked.push('siteMode');
  }
  if (policy.sites !== undefined) {
    value.sites = policy.sites;
    locked.push('sites');
  }
  if (policy.defaultCountry !== undefined) {
    value.defaultCountry = policy.defaultCountry;
    locked.push('defaultCountry');
  }
  return { value, locked };
}

/** The agent's connection settings with the administrator's region and OAuth client laid over them. */
export function effectiveConnection(settings: ConnectionSettings, policy: Policy): Effective<ConnectionSettings, ConnectionKey> {
  const locked: ConnectionKey[] = [];
  const value = { ...settings };
  if (policy.environmentId !== undefined) {
    value.environmentId = policy.environmentId;
    locked.push('environmentId');
  }
  if (policy.clientId !== undefined) {
    value.clientId = policy.clientId;
    locked.push('clientId');
  }
  return { value, locked };
}

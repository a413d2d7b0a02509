import type { ConnectionSettings, Preferences } from '../storage/settings';
import type { Policy } from './policy';

export type PreferenceKey = keyof Preferences;
export type ConnectionKey = keyof ConnectionSettings;

export interface Effective<T, K> {
  value: T;
  /** The settings a policy decides. */
  locked: K[];
}

/** Copies the keys a policy sets over `settings`, and names them as locked. */
function overlay<T extends object, K extends keyof T & keyof Policy>(
  settings: T,
  policy: Policy,
  keys: readonly K[],
): Effective<T, K> {
  const value = { ...settings };
  const locked = keys.filter((key) => policy[key] !== undefined);
  for (const key of locked) value[key] = policy[key] as T[K];
  return { value, locked };
}

/** The agent's preferences with the administrator's policy laid over them (detectors key by key). */
export function effectivePreferences(prefs: Preferences, policy: Policy): Effective<Preferences, PreferenceKey> {
  const { value, locked } = overlay(prefs, policy, ['siteMode', 'sites', 'defaultCountry'] as const);
  if (!policy.detectors) return { value, locked };
  return { value: { ...value, detectors: { ...prefs.detectors, ...policy.detectors } }, locked: ['detectors', ...locked] };
}

/** The agent's connection settings with the administrator's region and OAuth client laid over them. */
export function effectiveConnection(settings: ConnectionSettings, policy: Policy): Effective<ConnectionSettings, ConnectionKey> {
  return overlay(settings, policy, ['environmentId', 'clientId'] as const);
}

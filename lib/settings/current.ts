import { connectionSettings, preferences } from '../storage/settings';
import { effectiveConnection, effectivePreferences } from './effective';
import { readPolicy, watchPolicy } from './policy';

/** The preferences in force: the agent's, with the administrator's policy over them. */
export async function currentPreferences() {
  return effectivePreferences(await preferences.getValue(), await readPolicy());
}

/** The connection in force: the agent's region and client, unless a policy sets them. */
export async function currentConnection() {
  return effectiveConnection(await connectionSettings.getValue(), await readPolicy());
}

/** Calls `onChange` whenever the agent's preferences or the policy change. */
export function watchCurrentPreferences(onChange: () => void): () => void {
  const stopPrefs = preferences.watch(onChange);
  const stopPolicy = watchPolicy(onChange);
  return () => {
    stopPrefs();
    stopPolicy();
  };
}

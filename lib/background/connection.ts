import * as v from 'valibot';
import type { Connection } from '../auth/session';
import { EMULATOR_BUILD } from '../build-flags';
import {
  DEFAULT_REGION,
  isRegionId,
  localEnvironment,
  LOCAL_ENVIRONMENT_ID,
  REGIONS,
  regionEnvironment,
} from '../genesys/regions';
import type { ConnectionSettings } from '../storage/settings';

/** The environment and client the settings point at; production builds never resolve the emulator. */
export function resolveConnection(settings: ConnectionSettings): Connection {
  const environment =
    EMULATOR_BUILD && settings.environmentId === LOCAL_ENVIRONMENT_ID
      ? localEnvironment(settings.emulatorUrl)
      : regionEnvironment(isRegionId(settings.environmentId) ? settings.environmentId : DEFAULT_REGION);
  return { environment, clientId: settings.clientId.trim() };
}

const environmentIds: string[] = [...REGIONS.map((r) => r.id), ...(EMULATOR_BUILD ? [LOCAL_ENVIRONMENT_ID] : [])];

/** Only loopback addresses: the emulator setting must never send a token to another host. */
const loopbackUrl = v.pipe(
  v.string(),
  v.url(),
  v.check((value) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/.test(value), 'Must be a loopback address'),
);

export const ConnectionSettingsSchema = v.object({
  environmentId: v.pipe(v.string(), v.picklist(environmentIds)),
  clientId: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  emulatorUrl: loopbackUrl,
}) as v.GenericSchema<unknown, ConnectionSettings>;

/**
 * Genesys Cloud regions, as the official SDK lists them (`PureCloudRegionHosts`; a unit test keeps
 * this copy in step with the SDK, which stays out of the bundle). Each region serves sign-in at
 * `login.<domain>` and the API at `api.<domain>`.
 */
export const REGIONS = [
  { id: 'us_east_1', domain: 'mypurecloud.com', label: 'Americas: US East (Virginia)' },
  { id: 'us_east_2', domain: 'use2.us-gov-pure.cloud', label: 'Americas: US East 2 (Ohio, FedRAMP)' },
  { id: 'us_west_2', domain: 'usw2.pure.cloud', label: 'Americas: US West (Oregon)' },
  { id: 'ca_central_1', domain: 'cac1.pure.cloud', label: 'Americas: Canada (Central)' },
  { id: 'sa_east_1', domain: 'sae1.pure.cloud', label: 'Americas: South America (São Paulo)' },
  { id: 'mx_central_1', domain: 'mxc1.pure.cloud', label: 'Americas: Mexico (Central)' },
  { id: 'eu_west_1', domain: 'mypurecloud.ie', label: 'EMEA: Europe (Dublin)' },
  { id: 'eu_west_2', domain: 'euw2.pure.cloud', label: 'EMEA: Europe (London)' },
  { id: 'eu_central_1', domain: 'mypurecloud.de', label: 'EMEA: Europe (Frankfurt)' },
  { id: 'eu_central_2', domain: 'euc2.pure.cloud', label: 'EMEA: Europe (Zurich)' },
  { id: 'eusc_de_east_1', domain: 'edee1.eusc-pure.cloud', label: 'EMEA: EU Sovereign Cloud (Germany)' },
  { id: 'me_central_1', domain: 'mec1.pure.cloud', label: 'EMEA: Middle East (UAE)' },
  { id: 'ap_south_1', domain: 'aps1.pure.cloud', label: 'Asia Pacific: Mumbai' },
  { id: 'ap_southeast_1', domain: 'apse1.pure.cloud', label: 'Asia Pacific: Southeast (ap-southeast-1)' },
  { id: 'ap_southeast_2', domain: 'mypurecloud.com.au', label: 'Asia Pacific: Sydney' },
  { id: 'ap_northeast_1', domain: 'mypurecloud.jp', label: 'Asia Pacific: Tokyo' },
  { id: 'ap_northeast_2', domain: 'apne2.pure.cloud', label: 'Asia Pacific: Seoul' },
  { id: 'ap_northeast_3', domain: 'apne3.pure.cloud', label: 'Asia Pacific: Osaka' },
] as const;

export type RegionId = (typeof REGIONS)[number]['id'];

/** The region the SDK uses when none is set. */
export const DEFAULT_REGION: RegionId = 'us_east_1';

/** The local emulator: only emulator builds offer it, at an address the agent can change. */
export const LOCAL_ENVIRONMENT_ID = 'local';
export type EnvironmentId = RegionId | typeof LOCAL_ENVIRONMENT_ID;

/** Where to sign in and where to call the API. */
export interface GenesysEnvironment {
  id: EnvironmentId;
  label: string;
  /** Origin of the sign-in pages (`/oauth/authorize`, `/oauth/token`, `/logout`). */
  loginBase: string;
  /** Origin of the Platform API (`/api/v2/...`). */
  apiBase: string;
}

export function regionEnvironment(id: RegionId): GenesysEnvironment {
  const region = REGIONS.find((r) => r.id === id) ?? REGIONS[0];
  return {
    id: region.id,
    label: region.label,
    loginBase: `https://login.${region.domain}`,
    apiBase: `https://api.${region.domain}`,
  };
}

export function localEnvironment(origin: string): GenesysEnvironment {
  const base = new URL(origin).origin;
  return { id: LOCAL_ENVIRONMENT_ID, label: `Local emulator (${base})`, loginBase: base, apiBase: base };
}

export function isRegionId(id: string): id is RegionId {
  return REGIONS.some((r) => r.id === id);
}

/** Match patterns for every region's sign-in and API hosts: the production host permissions. */
export function regionHostPermissions(): string[] {
  return REGIONS.flatMap((r) => [`https://login.${r.domain}/*`, `https://api.${r.domain}/*`]);
}

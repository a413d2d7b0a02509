import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { DetectionKind } from '../detect';
import { REGIONS, type RegionId } from '../genesys/regions';
import { normalizeSite, type SiteMode } from './site-rules';

/**
 * What an administrator may preset through the browser's managed storage (Chrome's
 * `3rdparty.extensions.<id>` policy, Firefox's `3rdparty.Extensions.<id>`). Whatever a policy
 * sets, the agent cannot change.
 */
export interface Policy {
  environmentId?: RegionId;
  clientId?: string;
  siteMode?: SiteMode;
  sites?: string[];
  detectors?: Partial<Record<DetectionKind, boolean>>;
  defaultCountry?: string;
}

const optional = <T>(schema: v.GenericSchema<unknown, T>) => v.fallback(v.optional(schema), undefined);

/** Each field is checked on its own: one malformed field is ignored, the rest still apply. */
const PolicySchema = v.object({
  environmentId: optional(v.picklist(REGIONS.map((region) => region.id))),
  clientId: optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  siteMode: optional(v.picklist(['block', 'allow'])),
  sites: optional(
    v.pipe(
      v.array(v.string()),
      v.transform((sites) => sites.flatMap((site) => normalizeSite(site) ?? [])),
    ),
  ),
  detectors: optional(
    v.object({ phone: v.optional(v.boolean()), email: v.optional(v.boolean()), twitter: v.optional(v.boolean()) }),
  ),
  defaultCountry: optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
});

/** The policy in `raw` (what managed storage returned), keeping only what is well-formed. */
export function parsePolicy(raw: unknown): Policy {
  const parsed = v.safeParse(PolicySchema, raw);
  return parsed.success ? parsed.output : {};
}

/** The installed policy; none when the browser has no managed storage for us (Firefox then throws). */
export async function readPolicy(): Promise<Policy> {
  try {
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return {};
  }
}

/** Calls `onChange` when an administrator changes the policy while the browser runs. */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

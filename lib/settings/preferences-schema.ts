import { getCountries } from 'libphonenumber-js/min';
import * as v from 'valibot';
import type { Preferences } from '../storage/settings';
import { normalizeSite } from './site-rules';

const COUNTRIES = new Set<string>(getCountries());

/** Hover delays the options page offers, in milliseconds. */
export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;

/** The preferences an extension page may save; sites are normalized, anything else is refused. */
export const PreferencesSchema = v.object({
  detectors: v.object({ phone: v.boolean(), email: v.boolean(), twitter: v.boolean() }),
  defaultCountry: v.pipe(
    v.string(),
    v.check((code) => COUNTRIES.has(code), 'Unknown country'),
  ),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_RANGE.min), v.maxValue(HOVER_DELAY_RANGE.max)),
  siteMode: v.picklist(['block', 'allow']),
  sites: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(300))),
    v.maxLength(500),
    v.transform((sites) => [...new Set(sites.flatMap((site) => normalizeSite(site) ?? []))]),
  ),
}) as v.GenericSchema<unknown, Preferences>;

/** Countries libphonenumber knows, for the default-country choice. */
export function phoneCountries(): string[] {
  return [...COUNTRIES];
}

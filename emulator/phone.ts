import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Models } from 'purecloud-platform-client-v2';
import { compact } from './compact';

/** The model's documented default when `normalizationCountryCode` is empty: North America. */
const DEFAULT_COUNTRY: CountryCode = 'US';

function countryFor(code: string | undefined): CountryCode {
  const upper = code?.trim().toUpperCase();
  return upper !== undefined && isSupportedCountry(upper) ? upper : DEFAULT_COUNTRY;
}

/**
 * Rewrites a phone number as the service does on write (see `PhoneNumber.display`): the input is
 * copied to `userInput`; a number that reads as E.164 gets the international format in `display`
 * plus `e164` and `countryCode`; anything else keeps its display as typed. Client-sent values of
 * the system-set fields are discarded.
 */
export function normalizePhone(phone: Models.PhoneNumber): Models.PhoneNumber {
  const { display } = phone;
  const rest = compact({
    extension: phone.extension,
    acceptsSMS: phone.acceptsSMS,
    normalizationCountryCode: phone.normalizationCountryCode,
  });
  if (display === undefined) return rest;
  const parsed = parsePhoneNumberFromString(display, countryFor(phone.normalizationCountryCode));
  if (!parsed?.isValid()) return { ...rest, display, userInput: display };
  return {
    ...rest,
    display: parsed.formatInternational(),
    userInput: display,
    e164: parsed.number,
    countryCode: parsed.country ?? parsed.countryCallingCode,
  };
}

/** WhatsApp ids carry "E164 without a leading plus" (model description); read them as such. */
export function normalizeWhatsAppPhone(phone: Models.PhoneNumber): Models.PhoneNumber {
  const display = phone.display?.trim();
  const withPlus = display !== undefined && /^\d+$/.test(display) ? `+${display}` : display;
  const normalized = normalizePhone({ ...phone, display: withPlus });
  return display === undefined ? normalized : { ...normalized, userInput: display };
}

/** The E.164 form of a lookup value that is an international number, else undefined. */
export function e164Of(value: string): string | undefined {
  if (!value.startsWith('+')) return undefined;
  const parsed = parsePhoneNumberFromString(value);
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * libphonenumber-js with its "min" metadata, through the core API so that only the parser and
 * formatter are bundled (the text scanner, AsYouType and examples are not).
 *
 * Why min: with what this module uses, max metadata costs ~50 KB gzipped against ~29 KB for min,
 * most of the content script's 80 KB budget. What max adds is per-type digit patterns, so its
 * isValid() also rejects unallocated ranges; min checks lengths and leading digits. The shape,
 * surroundings and trunk-prefix checks in this folder reject what slips through: on 3,000
 * generated pages max removed 3 of min's 14 false positives. "mobile" metadata is out: its
 * isValid() rejects landlines, which contact centres call all day.
 */
import { getCountries, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';
import { planFacts } from './numbering-plan';

const NON_DIGITS = /\D/g;
let countries: ReadonlyMap<string, CountryCode> | undefined;

/** The supported country for an ISO 3166-1 alpha-2 code in any case, or undefined. */
export function toCountry(code: string | undefined): CountryCode | undefined {
  countries ??= new Map(getCountries(metadata).map((country) => [country, country]));
  return code === undefined ? undefined : countries.get(code.toUpperCase());
}

/**
 * E.164 for digits written as one phone number, or undefined when they are not a valid number.
 * `international` means a "+" was written; digits starting with "00" are read as an international
 * call prefix too, since most of the world dials abroad with it ("0049 30 901820") and no national
 * number starts with it.
 */
export function toE164(digits: string, international: boolean, country: CountryCode | undefined): string | undefined {
  const abroad = international || (digits.startsWith('00') && !digits.startsWith('000'));
  if (!abroad && (country === undefined || !hasNationalLength(digits, country))) return undefined;
  const input = abroad ? `+${international ? digits : digits.slice(2)}` : digits;
  const number = parsePhoneNumberFromString(input, { defaultCountry: country, extract: false }, metadata);
  if (number?.isValid() !== true) return undefined;
  if (!abroad && !isWrittenNationally(number, digits)) return undefined;
  // "min" metadata checks lengths per country only; E.164 allows 7 to 15 digits in all.
  return E164.test(number.number) ? number.number : undefined;
}

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Whether digits read in the default country are written the way that country writes numbers.
 * Written with the country's trunk prefix ("030 901820") they are. Without it ("30 901820"; a date
 * "2024-01-15" reads so), the numbering plan must have a national format for the number (German
 * "123456789" has none) that does without the prefix, as NANP's, Brazil's or Italy's do, or that
 * marks it optional (India, Russia). This is libphonenumber's own isNationalPrefixPresentIfRequired.
 */
function isWrittenNationally(number: PhoneNumber, digits: string): boolean {
  if (number.country === undefined) return false;
  const { trunkPrefix, trunkOptional } = planFacts(number.country);
  if (trunkPrefix !== undefined && digits.startsWith(trunkPrefix)) return true;
  const formatted = number.formatNational();
  const formattedDigits = formatted.replace(NON_DIGITS, '');
  if (formattedDigits === formatted) return false;
  return formattedDigits.length === number.nationalNumber.length || trunkOptional;
}

/**
 * Whether national digits have a length the country's numbers can have, counting a written trunk
 * prefix. It is only a shortcut: parsing rejects the rest too, but takes far longer to do it for
 * the short digit runs that fill ordinary text.
 */
function hasNationalLength(digits: string, country: CountryCode): boolean {
  const { shortest, longest, trunkPrefix, callsAbroad } = planFacts(country);
  if (callsAbroad.test(digits)) return true;
  return digits.length >= shortest && digits.length <= longest + (trunkPrefix?.length ?? 0);
}

/**
 * What a first attempt at detection looks like, to measure detect() against: libphonenumber-js's
 * own text scanner for phones and the regexes that turn up in most tutorials for the rest.
 * Shared by the accuracy test and the benchmark so both compare with the same thing.
 */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import type { Detection, DetectionKind } from '../types';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;
const HANDLE = /@\w{1,15}/g;

export function naiveDetect(text: string, defaultCountry: CountryCode | undefined): Detection[] {
  const phones = findPhoneNumbersInText(text, { defaultCountry }).map(({ number, startsAt, endsAt }): Detection => ({
    kind: 'phone',
    start: startsAt,
    end: endsAt,
    value: number.number,
  }));
  const emails = matches(text, EMAIL, 'email', (match) => match);
  const handles = matches(text, HANDLE, 'twitter', (match) => match.slice(1));
  return [...phones, ...emails, ...handles];
}

function matches(text: string, pattern: RegExp, kind: DetectionKind, value: (match: string) => string): Detection[] {
  return Array.from(text.matchAll(pattern), (match) => ({
    kind,
    start: match.index,
    end: match.index + match[0].length,
    value: value(match[0]),
  }));
}

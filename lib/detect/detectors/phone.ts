import type { CountryCode } from 'libphonenumber-js/core';
import type { Detector } from '../detector';
import { phoneCandidates, type PhoneCandidate } from '../phone/candidates';
import { extensionEnd, uriParametersEnd } from '../phone/extension';
import { followsIdentifierLabel } from '../phone/labels';
import { toE164 } from '../phone/numbering';
import { hasNonPhoneShape } from '../phone/shape';
import { isQuantity, isTiedToNeighbours } from '../phone/surroundings';
import type { Detection } from '../types';

/** E.164 numbers have at most 15 digits; an "00" call prefix and a written trunk "(0)" add at most two. */
const MOST_DIGITS = 17;
const TEL = 'tel:';

/**
 * Phone numbers valid for their region, in international ("+44 20 7946 0958", "0049 30 901820") or,
 * with a default country, national format ("(317) 222-2222"), with an extension ("x123", "ext. 123")
 * or as a tel: URI. Letters are not read as digits: "+1-800-FLOWERS" is not found, because letters
 * would make every code with a digit run a candidate, and an agent looks up customers' numbers,
 * which are never vanity numbers.
 */
export const phone: Detector = {
  name: 'phone',
  kind: 'phone',
  matchesInUrls: false,
  find(text, { defaultCountry }) {
    const found: Detection[] = [];
    let covered = 0;
    for (const candidate of phoneCandidates(text)) {
      if (candidate.start < covered) continue;
      const detection = read(text, candidate, defaultCountry);
      if (detection === undefined) continue;
      found.push(detection);
      covered = detection.end;
    }
    return found;
  },
};

function read(text: string, candidate: PhoneCandidate, country: CountryCode | undefined): Detection | undefined {
  const digits = candidate.groups.join('');
  if (digits.length > MOST_DIGITS || hasNonPhoneShape(candidate)) return undefined;
  const isUri = text.slice(candidate.start - TEL.length, candidate.start).toLowerCase() === TEL;
  const start = isUri ? candidate.start - TEL.length : candidate.start;
  const end = isUri ? uriParametersEnd(text, candidate.end) : extensionEnd(text, candidate.end);
  // A tel: URI says outright that it holds a phone number, so its surroundings need not.
  if (!isUri && saysOtherwise(text, start, end)) return undefined;
  const value = toE164(digits, candidate.international, country);
  return value === undefined ? undefined : { kind: 'phone', start, end, value };
}

/** Whether what surrounds the digits makes them part of a token, a quantity or a labeled identifier. */
function saysOtherwise(text: string, start: number, end: number): boolean {
  return isTiedToNeighbours(text, start, end) || isQuantity(text, start, end) || followsIdentifierLabel(text, start);
}

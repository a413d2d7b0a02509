import { FEWEST_DIGITS } from './phone/candidates';

const PROFILE_HOST = /(?:twitter|x)\.com\//i;

/**
 * A necessary condition for detect() to find anything, at a small fraction of its cost: an "@"
 * (emails, handles), a profile host, or enough digits for a phone number. Most page text fails it,
 * so a page scan runs detect() on few of its text nodes.
 */
export function mayHoldDetection(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // "@" and full-width "＠".
    if (code === 0x40 || code === 0xff20) return true;
    // ASCII and full-width digits, as phone candidates count them.
    if (((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) && ++digits === FEWEST_DIGITS) return true;
  }
  return PROFILE_HOST.test(text);
}

import type { Detector } from '../detector';
import type { Detection } from '../types';

const AT_SIGNS = /[@＠]/g;
const HANDLE_CHAR = /[A-Za-z0-9_]/;
const LONGEST_HANDLE = 15;
// twitter-text's validMentionOrList: no mention right after a letter, digit, "_", "!", "#", "$",
// "%", "&", "*" or another "@". A "/" is added: after it the "@" is a path ("medium.com/@user").
const NOT_BEFORE = /[\p{L}\p{N}_!#$%&*@＠/]/u;
// twitter-text's endMentionMatch: a run of handle characters that goes on into accented Latin
// letters, an "@" or "://" is a word, an address or a URL, not a mention.
const NOT_AFTER = /[@＠\u00C0-\u024F\u1E00-\u1EFF]/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** "@jack": "@" and 1 to 15 of A–Z, a–z, 0–9 and "_", as Twitter/X defines screen names. */
export const twitterHandle: Detector = {
  name: 'twitter-handle',
  kind: 'twitter',
  matchesInUrls: false,
  find(text) {
    const found: Detection[] = [];
    if (!text.includes('@') && !text.includes('＠')) return found;
    for (const { index: at } of text.matchAll(AT_SIGNS)) {
      if (NOT_BEFORE.test(text.charAt(at - 1))) continue;
      let end = at + 1;
      while (end < text.length && HANDLE_CHAR.test(text.charAt(end))) end++;
      if (end === at + 1 || end - at - 1 > LONGEST_HANDLE || !endsMention(text, end)) continue;
      found.push({ kind: 'twitter', start: at, end, value: text.slice(at + 1, end) });
    }
    return found;
  },
};

function endsMention(text: string, end: number): boolean {
  const after = text.charAt(end);
  if (NOT_AFTER.test(after) || text.startsWith('://', end)) return false;
  // A slash and a name make a path, package scope or list ("@types/node"), not a mention.
  return !(after === '/' && WORD_CHAR.test(text.charAt(end + 1)));
}

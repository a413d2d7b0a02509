import type { Detector } from '../detector';
import type { Detection } from '../types';

// What people put before the "@": letters and digits in any script, and . _ % + - (RFC 5322's
// rarer specials such as "!" or "{" turn up in text as punctuation far more often than in addresses).
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL_DOMAIN = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;
// Asset names put "@" before a scale factor ("logo@2x.png", "icon@1.5x.webp"); they end in a file
// extension where an address ends in a top-level domain.
const FILE_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'avif',
  'bmp',
  'ico',
  'tif',
  'tiff',
  'heic',
  'pdf',
  'css',
  'js',
  'json',
  'html',
  'htm',
  'txt',
  'xml',
]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MAILTO = 'mailto:';
// A mailto: URI's query ("?subject=Hello") is part of the link but not of the address.
const MAILTO_QUERY = /\?[^\s<>"']*[^\s<>"'.,;:!?)]/y;

/**
 * Email addresses as people write them: "jane.doe+crm@mail.example.co.uk", "mailto:" links, any case.
 * Not host names in URLs ("https://user:pass@host.com"), SSH specs ("git@github.com:org/repo"),
 * single-label hosts ("user@localhost") or asset names ("logo@2x.png").
 */
export const email: Detector = {
  name: 'email',
  kind: 'email',
  matchesInUrls: false,
  find(text) {
    const found: Detection[] = [];
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, found.at(-1)?.end ?? 0))) {
      const detection = addressAround(text, at);
      // A "mailto:" prefix can reach back into the previous match ("a@b.cmailto:d@e.f"): keep the first.
      if (detection !== undefined && detection.start >= (found.at(-1)?.end ?? 0)) found.push(detection);
    }
    return found;
  },
};

function addressAround(text: string, at: number): Detection | undefined {
  let start = at;
  while (start > 0 && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
  while (start < at && text.charAt(start) === '.') start++;
  const local = text.slice(start, at);
  if (local === '' || local.endsWith('.') || local.includes('..')) return undefined;
  const isMailto = text.slice(start - MAILTO.length, start).toLowerCase() === MAILTO;
  const before = text.charAt(start - 1);
  // After "@" or "/" the "@" is inside another token; after ":" it separates a URL's password from its host.
  if (before === '@' || before === '/' || (before === ':' && !isMailto)) return undefined;

  let end = at + 1;
  while (end < text.length && DOMAIN_CHAR.test(text.charAt(end))) end++;
  while (end > at + 1 && '.-'.includes(text.charAt(end - 1))) end--;
  const domain = text.slice(at + 1, end);
  if (!isDomain(domain) || continuesAsHost(text, end)) return undefined;

  const value = `${local}@${domain.toLowerCase()}`;
  if (!isMailto) return { kind: 'email', start, end, value };
  MAILTO_QUERY.lastIndex = end;
  return { kind: 'email', start: start - MAILTO.length, end: MAILTO_QUERY.test(text) ? MAILTO_QUERY.lastIndex : end, value };
}

function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  const topLevel = labels.at(-1) ?? '';
  return (
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(topLevel) &&
    !FILE_EXTENSIONS.has(topLevel.toLowerCase())
  );
}

/** A port, path or second "@" after the domain makes it a host in a URL or SSH spec, not a mailbox. */
function continuesAsHost(text: string, end: number): boolean {
  const after = text.charAt(end);
  return after === '@' || after === '_' || ((after === ':' || after === '/') && WORD_CHAR.test(text.charAt(end + 1)));
}

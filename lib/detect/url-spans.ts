export interface Span {
  readonly start: number;
  readonly end: number;
}

// Everything up to the next whitespace or markup quote belongs to the URL; trailing sentence
// punctuation does not (RFC 3986 appendix C: URLs in running text are delimited by whitespace or quotes).
const URL_BODY = /[^\s<>"'`]*/y;
const TRAILING_PUNCTUATION = '.,;:!?\'")]}';
const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const WWW = /www\./gi;
const BEFORE_WWW = /[\p{L}\p{N}_@.-]/u;
const LONGEST_SCHEME = 32;

/** Spans of "scheme://…" and "www.…" URLs in `text`, sorted and disjoint. */
export function urlSpans(text: string): Span[] {
  const starts = [...schemeStarts(text), ...wwwStarts(text)].sort((a, b) => a - b);
  const spans: Span[] = [];
  let covered = 0;
  for (const start of starts) {
    if (start < covered) continue;
    URL_BODY.lastIndex = start;
    URL_BODY.exec(text);
    const end = trimmedEnd(text, start, URL_BODY.lastIndex);
    spans.push({ start, end });
    covered = Math.max(end, start + 1);
  }
  return spans;
}

function schemeStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && at - start < LONGEST_SCHEME && SCHEME_CHAR.test(text.charAt(start - 1))) start--;
    starts.push(start);
  }
  return starts;
}

function wwwStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(WWW)) {
    if (!BEFORE_WWW.test(text.charAt(match.index - 1))) starts.push(match.index);
  }
  return starts;
}

/** Drops sentence punctuation after a URL, keeping a closing parenthesis the URL itself opened (Wikipedia links). */
function trimmedEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && TRAILING_PUNCTUATION.includes(text.charAt(trimmed - 1))) trimmed--;
  if (text.charAt(trimmed) !== ')') return trimmed;
  const url = text.slice(start, trimmed);
  return url.lastIndexOf('(') > url.lastIndexOf(')') ? trimmed + 1 : trimmed;
}

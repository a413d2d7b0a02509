// "x123", "ext. 123", "Ext: 123", ", extension 4567", "#123"; FR "poste", DE "Durchwahl"/"DW", ES/IT "int."/"interno".
// RFC 3966 writes them as ";ext=123" inside tel: URIs. The spaces are bounded: unbounded runs on
// both sides of an optional character could be split in quadratically many ways before failing.
const EXTENSION =
  /[ \u00A0]{0,3},?[ \u00A0]{0,3}(?:ext\.?|extn\.?|extension|x|#|poste|durchwahl|dw\.?|int\.?|interno)[ \u00A0]{0,3}[.:]?[ \u00A0]{0,3}\d{1,6}(?!\d)/iy;
const URI_PARAMETERS = /(?:;[^\s;]+)+/y;

/** Where an extension written right after a number at `end` ends; `end` when there is none. */
export function extensionEnd(text: string, end: number): number {
  EXTENSION.lastIndex = end;
  return EXTENSION.test(text) ? EXTENSION.lastIndex : end;
}

/** Where the ";ext=…;phone-context=…" parameters of a tel: URI ending its number at `end` end. */
export function uriParametersEnd(text: string, end: number): number {
  URI_PARAMETERS.lastIndex = end;
  return URI_PARAMETERS.test(text) ? URI_PARAMETERS.lastIndex : end;
}

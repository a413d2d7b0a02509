import { detect, type DetectionKind } from '../detect';
import { textMark, type Mark } from './mark';

export interface ScanOptions {
  kinds: ReadonlySet<DetectionKind>;
  /** ISO 3166-1 alpha-2, for numbers written without a country code. */
  defaultCountry?: string;
}

/**
 * One unit of scanning work: the marks found in one text node or link (often none: then the step
 * only lets the caller check the clock, so pages with nothing to mark still scan in slices).
 */
export type ScanStep = Mark[];

/**
 * Only text with a digit (ASCII or full-width), an "@" or a profile link can hold a detection;
 * most text has none. The character class is the cheap test; profile hosts are looked for only
 * in text that mentions ".com".
 */
const DIGIT_OR_AT = /[0-9@０-９＠]/;
const PROFILE_HOST = /(?:twitter|x)\.com\//i;
const isCandidate = (data: string) => DIGIT_OR_AT.test(data) || (data.includes('.com') && PROFILE_HOST.test(data));
/** Links whose target says who someone is. */
const LINK_HREF = /^\s*(tel:|mailto:|(https?:)?\/\/([\w-]+\.)?(twitter|x)\.com\/)/i;
/** Nodes visited between progress steps: small enough to keep slices short, large enough to cost nothing. */
const NODES_PER_STEP = 256;

/** The link's target with percent-escapes undone (`tel:+1%20317…`), or as written if malformed. */
function decodedHref(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

/** The mark for a `tel:`, `mailto:` or profile link: its href says what it is, its text is what the agent hovers. */
function linkMark(link: Element, href: string, options: ScanOptions): { mark: Mark; texts: Text[] } | undefined {
  const found = detect(decodedHref(href), options);
  const target = found.length === 1 ? found[0] : undefined;
  if (!target) return undefined;
  const texts: Text[] = [];
  const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.trim() !== '') texts.push(node);
  }
  const first = texts[0];
  const last = texts.at(-1);
  if (!first || !last) return undefined;
  return {
    texts,
    mark: {
      kind: target.kind,
      value: target.value,
      link,
      range: new StaticRange({ startContainer: first, startOffset: 0, endContainer: last, endOffset: last.length }),
    },
  };
}

/** The links under `root` (and `root` itself), read lazily: a live collection costs nothing until read. */
function linksUnder(root: Node): ArrayLike<Element> {
  if (root instanceof Element) {
    const below = root.getElementsByTagName('a');
    return root.localName === 'a' ? [root, ...below] : below;
  }
  return root instanceof Document ? root.getElementsByTagName('a') : [];
}

/**
 * Finds marks under `root`, one step at a time so the caller can stop between steps to keep the
 * page responsive. Text in skipped subtrees is ignored. Text hidden by CSS is marked like any
 * other: it is not painted, and cannot be hovered, until it shows (see MarkRegistry).
 */
export function* scanRoot(
  root: Node,
  isSkipped: (element: Element | null) => boolean,
  options: ScanOptions,
): Generator<ScanStep> {
  const linked = new Set<Text>();
  const links = linksUnder(root);
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    const href = link?.getAttribute('href');
    if (i % NODES_PER_STEP === NODES_PER_STEP - 1) yield [];
    if (!link || !href || !LINK_HREF.test(href) || isSkipped(link)) continue;
    const found = linkMark(link, href, options);
    if (!found) continue;
    for (const text of found.texts) linked.add(text);
    yield [found.mark];
  }

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // The walk starts at `root` itself, which is a text node only when a single text node was added.
  let node = root.nodeType === Node.TEXT_NODE ? (root as Text) : (walker.nextNode() as Text | null);
  for (let visited = 1; node; node = walker.nextNode() as Text | null, visited++) {
    if (visited % NODES_PER_STEP === 0) yield [];
    const data = node.data;
    if (!isCandidate(data) || linked.has(node) || isSkipped(node.parentElement)) continue;
    const text = node;
    const marks = detect(data, options).map((d) => textMark(text, d));
    if (marks.length) yield marks;
  }
}

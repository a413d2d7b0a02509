import { detect, mayHoldDetection, type DetectionKind } from '../detect';
import { textMark, type Mark } from './mark';
import { createSkipCache } from './skip-rules';

export interface ScanOptions {
  kinds: ReadonlySet<DetectionKind>;
  /** ISO 3166-1 alpha-2, for numbers written without a country code. */
  defaultCountry?: string;
}

/**
 * One unit of scanning work: among the next few hundred nodes, those to detect once they near the
 * viewport (text that may hold a detection, links whose href may name someone; see MarkRegistry).
 * Often none: the step then only lets the caller check the clock.
 */
export type ScanStep = (Text | Element)[];

/**
 * Most text nodes hold no digit, no "@" and no profile host: one pass of this pattern rejects them
 * at native speed, before mayHoldDetection looks closer at the rest.
 */
const DIGIT_AT_OR_PROFILE = /[0-9@０-９＠]|\.com\//i;
const isCandidate = (data: string) => DIGIT_AT_OR_PROFILE.test(data) && mayHoldDetection(data);
/** Links whose target says who someone is. */
const LINK_HREF = /^\s*(tel:|mailto:|(https?:)?\/\/([\w-]+\.)?(twitter|x)\.com\/)/i;
/** Nodes visited per step: small enough to keep slices short, large enough that steps cost nothing. */
const NODES_PER_STEP = 256;

const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE;

/** The link's target with percent-escapes undone (`tel:+1%20317…`), or as written if malformed. */
function decodedHref(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

/** The mark for a `tel:`, `mailto:` or profile link: its href says what it is, its text is what the agent hovers. */
function linkMark(link: Element, options: ScanOptions): Mark | undefined {
  const found = detect(decodedHref(link.getAttribute('href') ?? ''), options);
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
    kind: target.kind,
    value: target.value,
    link,
    range: new StaticRange({ startContainer: first, startOffset: 0, endContainer: last, endOffset: last.length }),
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

/** The links among `links[from]` to `links[from + NODES_PER_STEP - 1]` whose target may name someone. */
function keptLinks(links: ArrayLike<Element>, from: number): Element[] {
  const kept: Element[] = [];
  for (let i = from; i < Math.min(from + NODES_PER_STEP, links.length); i++) {
    const link = links[i] as Element;
    if (LINK_HREF.test(link.getAttribute('href') ?? '')) kept.push(link);
  }
  return kept;
}

/** The text nodes among the walk's next NODES_PER_STEP that may hold a detection; `done` once the walk has ended. */
function keptTexts(walker: TreeWalker): { kept: Text[]; done: boolean } {
  const kept: Text[] = [];
  for (let i = 0; i < NODES_PER_STEP; i++) {
    const node = walker.nextNode() as Text | null;
    if (!node) return { kept, done: true };
    if (isCandidate(node.data)) kept.push(node);
  }
  return { kept, done: false };
}

/**
 * Walks `root` for links that may name someone and for text that may hold a detection, one step at
 * a time so the caller can stop between steps to keep the page responsive. The walk does only what
 * every node needs; skip rules and detection wait for the few it keeps to come into view. The
 * loops over nodes live in plain functions, not in this generator: V8 runs a loop inside a
 * generator markedly slower (about 10 ms more on a 5.8 MB page; see bench/README.md).
 */
export function* scanRoot(root: Node): Generator<ScanStep> {
  const links = linksUnder(root);
  for (let from = 0; from < links.length; from += NODES_PER_STEP) yield keptLinks(links, from);
  // A walk over a text node finds nothing: a single text node added is its own root.
  if (isText(root)) {
    yield isCandidate(root.data) ? [root] : [];
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let done = false; !done;) {
    const step = keptTexts(walker);
    done = step.done;
    yield step.kept;
  }
}

/**
 * What MarkRegistry detects the nodes a scan kept with. Each round of detection reads the settings
 * and judges skip rules afresh, since the page and the settings may have changed since the walk.
 * Text inside a link that has a mark of its own is the link's: it gets none of its own. Text
 * hidden by CSS is marked like any other: it is not painted, and cannot be hovered, until it shows.
 */
export function nodeDetector(options: () => ScanOptions): () => (node: Text | Element) => Mark[] {
  return () => {
    const isSkipped = createSkipCache();
    const current = options();
    const linkMarks = new Map<Element, Mark | undefined>();
    const markOf = (link: Element) => {
      if (!linkMarks.has(link)) linkMarks.set(link, linkMark(link, current));
      return linkMarks.get(link);
    };
    const inMarkedLink = (text: Text) => {
      const link = text.parentElement?.closest('a[href]');
      return link ? LINK_HREF.test(link.getAttribute('href') ?? '') && markOf(link) !== undefined : false;
    };
    return (node) => {
      if (!isText(node)) return node.isConnected && !isSkipped(node) ? [markOf(node)].filter((mark) => mark !== undefined) : [];
      if (!node.isConnected || isSkipped(node.parentElement) || inMarkedLink(node)) return [];
      return detect(node.data, current).map((detection) => textMark(node, detection));
    };
  };
}

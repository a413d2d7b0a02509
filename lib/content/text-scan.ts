import { detect, type DetectionKind } from '../detect';
import { textMark, type Mark } from './mark';

export interface ScanOptions {
  kinds: ReadonlySet<DetectionKind>;
  /** ISO 3166-1 alpha-2, for numbers written without a country code. */
  defaultCountry?: string;
}

/** One unit of scanning work: marks found in one text node or link, or text that is not rendered yet. */
export type ScanStep = { marks: Mark[] } | { hidden: Element };

/** Only text with a digit (ASCII or full-width), an "@" or a profile link can hold a detection; most text has none. */
const CANDIDATE = /[0-9@０-９＠]|twitter\.com|x\.com/i;
const LINK_SELECTOR = 'a[href^="tel:" i], a[href^="mailto:" i], a[href*="twitter.com/" i], a[href*="x.com/" i]';

function textNodesIn(element: Element): { first: Text; last: Text } | undefined {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let first: Text | undefined;
  let last: Text | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.trim() === '') continue;
    first ??= node;
    last = node;
  }
  return first && last ? { first, last } : undefined;
}

/** The link's target with percent-escapes undone (`tel:+1%20317…`), or as written if malformed. */
function decodedHref(link: HTMLAnchorElement): string {
  const href = link.getAttribute('href') ?? '';
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

/** The mark for a `tel:`, `mailto:` or profile link: its href says what it is, its text is what the agent hovers. */
function linkMark(link: HTMLAnchorElement, options: ScanOptions): Mark | undefined {
  const found = detect(decodedHref(link), options);
  const target = found.length === 1 ? found[0] : undefined;
  if (!target) return undefined;
  const text = textNodesIn(link);
  if (!text) return undefined;
  return {
    kind: target.kind,
    value: target.value,
    link,
    range: new StaticRange({ startContainer: text.first, startOffset: 0, endContainer: text.last, endOffset: text.last.length }),
  };
}

function rendered(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

/**
 * Finds marks under `root`, one step at a time so the caller can stop between steps to keep the
 * page responsive. Text in skipped subtrees is ignored; text that is not rendered (inside
 * `display: none`) is reported as hidden so the caller can come back when it appears.
 */
export function* scanRoot(root: Node, isSkipped: (element: Element | null) => boolean, options: ScanOptions): Generator<ScanStep> {
  const linked = new Set<Element>();
  if (root instanceof Element || root instanceof Document || root instanceof DocumentFragment) {
    const links = root instanceof Element && root.matches(LINK_SELECTOR) ? [root] : [];
    for (const link of [...links, ...root.querySelectorAll(LINK_SELECTOR)]) {
      if (!(link instanceof HTMLAnchorElement) || isSkipped(link)) continue;
      const mark = linkMark(link, options);
      if (!mark) continue;
      linked.add(link);
      yield { marks: [mark] };
    }
  }

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue;
    const data = node.data;
    if (!CANDIDATE.test(data)) continue;
    const parent = node.parentElement;
    if (isSkipped(parent)) continue;
    if (linked.size && parent?.closest('a[href]') && linked.has(parent.closest('a[href]') as Element)) continue;
    if (parent && !rendered(parent)) {
      yield { hidden: parent };
      continue;
    }
    const marks = detect(data, options).map((d) => textMark(node, d));
    if (marks.length) yield { marks };
  }
}

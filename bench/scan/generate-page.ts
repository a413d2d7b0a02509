/**
 * A long page built from the labeled corpus, shaped like what an agent's browser shows: documents
 * in nested layout divs, tab-separated lines as tables, runs of short lines as lists, prose as
 * paragraphs cut into inline runs, some contacts as tel:/mailto:/profile links, and the parts a
 * scanner must pass over: display:none panels, `hidden` subtrees, script and style blocks.
 */
import { generateCorpus } from '../../lib/detect/corpus/corpus';
import type { LabeledDocument } from '../../lib/detect/corpus/labeled-text';
import { Random } from '../../lib/detect/corpus/random';
import type { Detection } from '../../lib/detect/types';
import { labelsWithin, textNodes, type TextNode } from '../text-nodes';
import { element, escapeHtml } from './markup';
import { proseDocument } from './prose';

export interface GeneratedPage {
  readonly html: string;
  readonly documents: number;
  /** Characters of corpus text on the page, rendered or not. */
  readonly characters: number;
  /** Labeled contacts in that text. */
  readonly contacts: number;
  /** Documents inside a display:none panel or a `hidden` subtree. */
  readonly hiddenDocuments: number;
}

/** Collapsed tabs, accordions and off-canvas menus: rendered later, if ever. */
const DISPLAY_NONE_SHARE = 0.05;
const HIDDEN_ATTRIBUTE_SHARE = 0.02;
const SCRIPT_SHARE = 0.1;
const STYLE_SHARE = 0.04;
/** Share of contacts written as a link (CRMs and signatures link most; prose links few). */
const LINKED_CONTACT_SHARE = 0.3;
/** Lines up to this long read as navigation or list entries rather than prose. */
const LIST_ITEM_LENGTH = 40;
const INLINE_WRAPPERS = ['', '', '', 'span', 'span', 'b', 'em', 'a'] as const;
const PAGE_CSS = 'body{font:14px/1.4 sans-serif;margin:8px}td{padding:2px 6px;border-bottom:1px solid #ddd}.doc{margin:12px 0}';

type LineKind = 'row' | 'item' | 'paragraph';

/**
 * Documents until the page holds `targetCharacters` of their text; the same page for the same seed.
 * `proseShare` of the documents are digit-free prose, the rest come from the contact-heavy corpus.
 */
export function generatePage(targetCharacters: number, seed: number, proseShare = 0): GeneratedPage {
  const random = new Random(seed);
  const sections: string[] = [];
  let [documents, characters, contacts, hiddenDocuments] = [0, 0, 0, 0];
  for (let corpusSeed = 1; characters < targetCharacters; corpusSeed++) {
    const corpus = generateCorpus(100, corpusSeed);
    for (const document of corpus.flatMap((doc) => [
      doc,
      ...Array.from({ length: Math.round(proseShare / (1 - proseShare)) }, () => proseDocument(random)),
    ])) {
      const { html, hidden } = section(document, random);
      sections.push(html);
      if (random.chance(SCRIPT_SHARE)) sections.push(scriptBlock(random));
      if (random.chance(STYLE_SHARE)) sections.push(styleBlock(random));
      documents += 1;
      characters += document.text.length;
      contacts += document.labels.length;
      if (hidden) hiddenDocuments += 1;
    }
  }
  const head = `<meta charset="utf-8"><title>Generated page</title><style>${PAGE_CSS}</style>`;
  const html = `<!doctype html>\n<html lang="en"><head>${head}</head><body>\n${sections.join('\n')}\n</body></html>`;
  return { html, documents, characters, contacts, hiddenDocuments };
}

function section(document: LabeledDocument, random: Random): { html: string; hidden: boolean } {
  const tag = random.pick(['article', 'section', 'div']);
  let html = element(tag, { class: `doc ${document.template}` }, `\n${documentBlocks(document, random)}\n`);
  for (let depth = random.int(2, 8); depth > 0; depth--)
    html = element('div', { class: `layout-${String(depth)}` }, `\n${html}\n`);
  if (random.chance(DISPLAY_NONE_SHARE)) return { html: element('div', { style: 'display:none' }, html), hidden: true };
  if (random.chance(HIDDEN_ATTRIBUTE_SHARE)) return { html: element('div', { hidden: '' }, html), hidden: true };
  return { html, hidden: false };
}

/** The document's lines as blocks: consecutive table rows in one table, consecutive short lines in one list. */
function documentBlocks(document: LabeledDocument, random: Random): string {
  const lines: { kind: LineKind; html: string }[] = [];
  let offset = 0;
  for (const line of document.text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    if (line.includes('\t')) lines.push({ kind: 'row', html: tableRow(document, start, line, random) });
    else if (line.length <= LIST_ITEM_LENGTH)
      lines.push({ kind: 'item', html: element('li', {}, inline(document, start, line, random)) });
    else lines.push({ kind: 'paragraph', html: element('p', {}, inline(document, start, line, random)) });
  }
  const blocks: string[] = [];
  for (let i = 0; i < lines.length;) {
    const kind = lines[i]?.kind;
    const group: string[] = [];
    for (; i < lines.length && lines[i]?.kind === kind; i++) group.push(lines[i]?.html ?? '');
    if (kind === 'row') blocks.push(element('table', {}, element('tbody', {}, `\n${group.join('\n')}\n`)));
    else if (kind === 'item') blocks.push(element('ul', {}, `\n${group.join('\n')}\n`));
    else blocks.push(...group);
  }
  return blocks.join('\n');
}

function tableRow(document: LabeledDocument, lineStart: number, line: string, random: Random): string {
  const cells: string[] = [];
  let offset = lineStart;
  for (const cell of line.split('\t')) {
    cells.push(element('td', {}, inline(document, offset, cell, random)));
    offset += cell.length + 1;
  }
  return element('tr', {}, cells.join(''));
}

/** One line or cell as inline markup: runs of text, some in spans, bold, emphasis or ordinary links. */
function inline(document: LabeledDocument, start: number, text: string, random: Random): string {
  const segment: LabeledDocument = { ...document, text, labels: labelsWithin(document.labels, start, start + text.length) };
  return textNodes(segment, random)
    .map((run) => {
      const { html, linked } = runWithContactLinks(run, random);
      const wrapper = random.pick(INLINE_WRAPPERS);
      // Links do not nest: a run holding a contact link is not wrapped in another.
      if (wrapper === '' || (wrapper === 'a' && linked)) return html;
      return element(wrapper, wrapper === 'a' ? { href: `/pages/${String(random.int(1, 99_999))}` } : {}, html);
    })
    .join('');
}

function runWithContactLinks(run: TextNode, random: Random): { html: string; linked: boolean } {
  let html = '';
  let at = 0;
  let linked = false;
  for (const label of run.labels) {
    if (!random.chance(LINKED_CONTACT_SHARE)) continue;
    html +=
      escapeHtml(run.text.slice(at, label.start)) +
      element('a', { href: contactHref(label) }, escapeHtml(run.text.slice(label.start, label.end)));
    at = label.end;
    linked = true;
  }
  return { html: html + escapeHtml(run.text.slice(at)), linked };
}

function contactHref({ kind, value }: Detection): string {
  if (kind === 'phone') return `tel:${value}`;
  if (kind === 'email') return `mailto:${value}`;
  return `https://x.com/${value}`;
}

/** Structured data and tag-manager snippets: digits and addresses a scanner must not mark. */
function scriptBlock(random: Random): string {
  if (random.chance(0.5)) {
    const data = {
      '@context': 'https://schema.org',
      '@type': 'Organization',
      telephone: `+1-317-${random.digits(3)}-${random.digits(4)}`,
      email: 'info@example.com',
    };
    return element('script', { type: 'application/ld+json' }, JSON.stringify(data));
  }
  const event = { event: 'page_view', id: Number(random.digits(8)), ts: 1_700_000_000_000 + random.int(0, 1e9) };
  return element('script', {}, `window.dataLayer = window.dataLayer || []; window.dataLayer.push(${JSON.stringify(event)});`);
}

function styleBlock(random: Random): string {
  const rules = Array.from(
    { length: random.int(5, 40) },
    (_, i) =>
      `.c${String(i)}-${random.digits(5)}{margin:${String(random.int(0, 24))}px ${String(random.int(0, 24))}px;color:#${random.digits(6)}}`,
  );
  return element('style', {}, rules.join('\n'));
}

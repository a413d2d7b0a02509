import type { LabeledDocument } from '../lib/detect/corpus/labeled-text';
import type { Random } from '../lib/detect/corpus/random';
import type { Detection } from '../lib/detect/types';

/** One text node's worth of a document, with the labels that fall inside it. */
export type TextNode = Pick<LabeledDocument, 'country' | 'text' | 'labels'>;

const NODE_BREAK = /[\n\t]/;
const LONGEST_NODE = 200;

/**
 * Cuts a document where a page's DOM would: at line breaks and table cells, and long paragraphs
 * into runs of 20–200 characters at spaces, as inline markup breaks them. Never inside a label.
 */
export function textNodes(document: LabeledDocument, random: Random): TextNode[] {
  const nodes: TextNode[] = [];
  let start = 0;
  while (start < document.text.length) {
    const end = nodeEnd(document, start, random);
    const text = document.text.slice(start, end);
    const labels = labelsWithin(document.labels, start, end);
    if (text.trim() !== '') nodes.push({ country: document.country, text, labels });
    start = end + (NODE_BREAK.test(document.text.charAt(end)) ? 1 : 0);
  }
  return nodes;
}

function nodeEnd(document: LabeledDocument, start: number, random: Random): number {
  const { text, labels } = document;
  let lineEnd = start;
  while (lineEnd < text.length && !NODE_BREAK.test(text.charAt(lineEnd))) lineEnd++;
  if (lineEnd - start <= LONGEST_NODE) return lineEnd;
  const insideLabel = (at: number): boolean => labels.some((label) => label.start < at && at < label.end);
  let end = text.indexOf(' ', start + random.int(20, LONGEST_NODE - 20));
  while (end !== -1 && end < lineEnd && insideLabel(end)) end = text.indexOf(' ', end + 1);
  return end === -1 || end > lineEnd ? lineEnd : end;
}

/** The labels inside [start, end), with offsets relative to `start`. */
export function labelsWithin(labels: readonly Detection[], start: number, end: number): Detection[] {
  return labels
    .filter((label) => label.start >= start && label.end <= end)
    .map((label) => ({ ...label, start: label.start - start, end: label.end - start }));
}

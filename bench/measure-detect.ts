/**
 * Throughput of detect() against the naive baseline on the same page text, cut into text nodes.
 * Prints both timings and accuracies; returns `detect_vs_naive`, detect()'s time over the baseline's.
 */
import { generateCorpus } from '../lib/detect/corpus/corpus';
import { naiveDetect } from '../lib/detect/corpus/naive-baseline';
import { Random } from '../lib/detect/corpus/random';
import { emptyScores, formatScores, tally } from '../lib/detect/corpus/score';
import { detect } from '../lib/detect/index';
import type { Detection } from '../lib/detect/types';
import { formatRounds, median } from './stats';
import { textNodes, type TextNode } from './text-nodes';

const TARGET_BYTES = 3_000_000;
const ROUNDS = 7;

type Detect = (node: TextNode) => Detection[];
const ours: Detect = (node) => detect(node.text, { defaultCountry: node.country });
const naive: Detect = (node) => naiveDetect(node.text, node.country);

function corpusNodes(): TextNode[] {
  const random = new Random(7);
  const nodes: TextNode[] = [];
  let bytes = 0;
  for (let seed = 1; bytes < TARGET_BYTES; seed++) {
    for (const document of generateCorpus(100, seed)) {
      const cut = textNodes(document, random);
      nodes.push(...cut);
      bytes += cut.reduce((sum, node) => sum + node.text.length, 0);
    }
  }
  return nodes;
}

/** Milliseconds for one pass over every node; the result count keeps the work from being optimised away. */
function time(run: Detect, nodes: readonly TextNode[]): number {
  const started = performance.now();
  let found = 0;
  for (const node of nodes) found += run(node).length;
  const elapsed = performance.now() - started;
  if (found < 0) throw new Error('unreachable');
  return elapsed;
}

export function measureDetect(): { detectVsNaive: number } {
  const nodes = corpusNodes();
  const characters = nodes.reduce((sum, node) => sum + node.text.length, 0);
  const labels = nodes.reduce((sum, node) => sum + node.labels.length, 0);
  const withDigits = nodes.filter((node) => /\d/.test(node.text)).length;
  console.log(
    `${(characters / 1e6).toFixed(2)} M characters in ${String(nodes.length)} text nodes, ` +
      `${String(labels)} labeled contacts, ${String(withDigits)} nodes with digits`,
  );

  time(ours, nodes);
  time(naive, nodes);
  const oursTimes: number[] = [];
  const naiveTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    oursTimes.push(time(ours, nodes));
    naiveTimes.push(time(naive, nodes));
  }
  const [oursMedian, naiveMedian] = [median(oursTimes), median(naiveTimes)];
  console.log(`detect(): median ${oursMedian.toFixed(1)} ms over ${String(ROUNDS)} rounds (${formatRounds(oursTimes)})`);
  console.log(`naive:    median ${naiveMedian.toFixed(1)} ms over ${String(ROUNDS)} rounds (${formatRounds(naiveTimes)})`);

  const scores = { detect: emptyScores(), naive: emptyScores() };
  for (const node of nodes) {
    tally(scores.detect, node.labels, ours(node));
    tally(scores.naive, node.labels, naive(node));
  }
  console.log(formatScores(scores));
  return { detectVsNaive: oursMedian / naiveMedian };
}

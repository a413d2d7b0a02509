/**
 * Bundled by esbuild and injected into the benchmark page: the content script's real scanning code
 * (controller, skip rules, slices, detection, highlight registry) with nothing of the extension around it.
 */
import { detectionKinds } from '../../lib/detect';
import { MarkRegistry } from '../../lib/content/mark-registry';
import { createScanController } from '../../lib/content/scan-controller';
import type { SliceStats } from '../../lib/content/slices';
import { nodeDetector, type ScanOptions } from '../../lib/content/text-scan';
import type { BenchWindow, DetectionRun, ScanBenchApi, ScanRun, WalkRun } from './in-page-api';

const OPTIONS: ScanOptions = { kinds: new Set(detectionKinds), defaultCountry: 'US' };

/** Two frames: the registry's IntersectionObserver has reported on what the scan handed it. */
const afterTwoFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

let registry: MarkRegistry | undefined;
let lifetime: AbortController | undefined;
let detections: SliceStats[] = [];

const sum = (stats: readonly SliceStats[], field: 'busyMs' | 'steps') => stats.reduce((total, s) => total + s[field], 0);
const longest = (stats: readonly SliceStats[]) => Math.max(0, ...stats.map((s) => s.longestSliceMs));

async function runFullScan(): Promise<ScanRun> {
  lifetime?.abort();
  registry?.dispose();
  detections = [];
  const marks = new MarkRegistry({ detector: nodeDetector(() => OPTIONS), onDetected: (stats) => detections.push(stats) });
  const scanLifetime = new AbortController();
  [registry, lifetime] = [marks, scanLifetime];
  let scan: SliceStats | undefined;
  const controller = createScanController({
    registry: marks,
    signal: scanLifetime.signal,
    onScanned: (s) => (scan = s),
  });
  const start = performance.now();
  await controller.scanAll();
  const wallMs = performance.now() - start;
  if (!scan) throw new Error('the full scan did not complete');
  await afterTwoFrames();
  await marks.settled();
  return {
    wallMs,
    busyMs: scan.busyMs,
    longestSliceMs: scan.longestSliceMs,
    slices: scan.slices,
    steps: scan.steps,
    deferred: marks.deferredSize + sum(detections, 'steps'),
    inView: {
      busyMs: sum(detections, 'busyMs'),
      texts: sum(detections, 'steps'),
      longestSliceMs: longest(detections),
      marks: marks.size,
    },
  };
}

/** Detects everything the last full scan deferred: what scrolling through the whole page would cost. */
async function detectRest(): Promise<DetectionRun> {
  if (!registry) throw new Error('run a full scan first');
  const before = detections.length;
  const start = performance.now();
  await registry.allDetected();
  const rest = detections.slice(before);
  return {
    wallMs: performance.now() - start,
    busyMs: sum(rest, 'busyMs'),
    texts: sum(rest, 'steps'),
    longestSliceMs: longest(rest),
    marks: registry.size,
  };
}

function runBareWalk(): WalkRun {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let [textNodes, characters] = [0, 0];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes += 1;
    characters += (node as Text).data.length;
  }
  return { wallMs: performance.now() - start, textNodes, characters };
}

Object.assign(window, {
  screenPopBench: { runFullScan, detectRest, runBareWalk } satisfies ScanBenchApi,
} satisfies BenchWindow);

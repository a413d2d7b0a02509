/**
 * Bundled by esbuild and injected into the benchmark page: the content script's real scanning code
 * (controller, skip rules, slices, detection, highlight registry) with nothing of the extension around it.
 */
import { detectionKinds } from '../../lib/detect';
import { MarkRegistry } from '../../lib/content/mark-registry';
import { createScanController } from '../../lib/content/scan-controller';
import type { SliceStats } from '../../lib/content/slices';
import type { ScanOptions } from '../../lib/content/text-scan';
import type { BenchWindow, ScanBenchApi, ScanRun, WalkRun } from './in-page-api';

const OPTIONS: ScanOptions = { kinds: new Set(detectionKinds), defaultCountry: 'US' };
/** Slices longer than this drop a frame at 60 Hz. */
const LONG_SLICE_MS = 16;

/** When each yield between slices was called and when the scan resumed after it. */
const yields = { calls: [] as number[], resumes: [] as number[], observed: false };

/**
 * Watches `scheduler.yield()`, which runInSlices calls between slices where the browser has it
 * (Chromium 129+), to see each slice's bounds. Elsewhere (the MessageChannel fallback) the
 * slices cannot be seen from outside and their times are NaN.
 */
function observeYields(): void {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const original = scheduler?.yield?.bind(scheduler);
  if (!scheduler || !original) return;
  yields.observed = true;
  scheduler.yield = async () => {
    yields.calls.push(performance.now());
    await original();
    yields.resumes.push(performance.now());
  };
}

observeYields();

/** Each slice's time: from the start or a resume to the next yield or the end, the controller's own work included. */
function sliceTimes(start: number, end: number): number[] {
  if (!yields.observed) return [Number.NaN];
  const starts = [start, ...yields.resumes];
  return [...yields.calls, end].map((sliceEnd, index) => sliceEnd - (starts[index] ?? Number.NaN));
}

async function runFullScan(): Promise<ScanRun> {
  const registry = new MarkRegistry();
  const lifetime = new AbortController();
  let stats: SliceStats | undefined;
  const controller = createScanController({
    registry,
    options: () => OPTIONS,
    signal: lifetime.signal,
    onScanned: (s) => (stats = s),
  });
  yields.calls.length = 0;
  yields.resumes.length = 0;
  const start = performance.now();
  await controller.scanAll();
  const end = performance.now();
  const marks = registry.size;
  lifetime.abort();
  registry.dispose();
  if (!stats) throw new Error('the full scan did not complete');
  const slices = sliceTimes(start, end);
  return {
    wallMs: end - start,
    cpuMs: slices.reduce((sum, ms) => sum + ms, 0),
    longestSliceMs: stats.longestSliceMs,
    longSlices: slices.flatMap((ms, index) => (ms > LONG_SLICE_MS ? [{ index, ms }] : [])),
    slices: stats.slices,
    steps: stats.steps,
    marks,
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

Object.assign(window, { screenPopBench: { runFullScan, runBareWalk } satisfies ScanBenchApi } satisfies BenchWindow);

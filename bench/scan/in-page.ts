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

/**
 * Milliseconds spent inside `scheduler.yield()`, which runInSlices uses between slices where the
 * browser has it (Chromium 129+). Wall time minus this is what the scanner itself kept the main
 * thread busy for; NaN where the fallback (a MessageChannel round trip) is used instead.
 */
function trackYields(): () => number {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const original = scheduler?.yield?.bind(scheduler);
  if (!scheduler || !original) return () => Number.NaN;
  let yielded = 0;
  scheduler.yield = async () => {
    const start = performance.now();
    await original();
    yielded += performance.now() - start;
  };
  return () => yielded;
}

const yieldedMs = trackYields();

async function runFullScan(): Promise<ScanRun> {
  const registry = new MarkRegistry();
  const lifetime = new AbortController();
  let stats: SliceStats | undefined;
  const controller = createScanController({ registry, options: () => OPTIONS, signal: lifetime.signal, onScanned: (s) => (stats = s) });
  const yieldedBefore = yieldedMs();
  const start = performance.now();
  await controller.scanAll();
  const wallMs = performance.now() - start;
  const cpuMs = wallMs - (yieldedMs() - yieldedBefore);
  const marks = registry.size;
  lifetime.abort();
  registry.dispose();
  if (!stats) throw new Error('the full scan did not complete');
  return { wallMs, cpuMs, longestSliceMs: stats.longestSliceMs, slices: stats.slices, steps: stats.steps, marks };
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

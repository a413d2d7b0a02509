/**
 * The content script's full page scan against a bare walk over the same page's text nodes, in
 * headless Chromium: a generated page of a few MB, the real scanning code bundled and injected,
 * both measured in the same page in alternating rounds. Prints the details; returns
 * `scan_vs_walk` (the scan's median main-thread time, its slices, over the walk's median time; the
 * walk blocks, so its wall time is its main-thread time) with the wall-time ratio beside it, and
 * the longest slice.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { formatRounds, median } from '../stats';
import { bundleInPage, type InPageBundle } from './bundle';
import { formatProfile, type ModuleOf } from './cpu-profile';
import { generatePage } from './generate-page';
import type { BenchWindow, DetectionRun, ScanRun, WalkRun } from './in-page-api';

const PAGE_CHARACTERS = 3_000_000;
const PAGE_SEED = 11;
const ROUNDS = 11;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Parsing and laying out a few MB of HTML takes a while on a small machine. */
const LOAD_TIMEOUT_MS = 180_000;
/** Sampling interval of the CPU profile, in microseconds (the default, 1000, is too coarse for 8 ms slices). */
const PROFILE_INTERVAL_US = 200;
const PROFILE_TOP = 12;

export interface ScanBenchResult {
  readonly scanVsWalk: number;
  /** Wall time over the walk's: the frames the browser renders between the scan's slices included. */
  readonly wallVsWalk: number;
  /** The longest slice of any scan, the first (cold, as on a real page load) included. */
  readonly longestSliceMs: number;
}

const runFullScan = (page: Page): Promise<ScanRun> =>
  page.evaluate(() => (window as unknown as BenchWindow).screenPopBench.runFullScan());
const detectRest = (page: Page): Promise<DetectionRun> =>
  page.evaluate(() => (window as unknown as BenchWindow).screenPopBench.detectRest());
const runBareWalk = (page: Page): Promise<WalkRun> =>
  page.evaluate(() => (window as unknown as BenchWindow).screenPopBench.runBareWalk());

/** Leaves each measurement a clean start: garbage collected and the previous one's rendering done. */
async function settle(page: Page, cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

async function profiledScan(page: Page, cdp: CDPSession, bundle: InPageBundle): Promise<string> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
  await settle(page, cdp);
  await cdp.send('Profiler.start');
  await runFullScan(page);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  // The bundle is the script that defines the in-page entry.
  const bundleScript = profile.nodes.find((node) => node.callFrame.functionName === 'runFullScan')?.callFrame.scriptId;
  const moduleOf: ModuleOf = (frame) => (frame.scriptId === bundleScript ? bundle.moduleAt(frame.lineNumber) : undefined);
  return formatProfile(profile, moduleOf, PROFILE_TOP);
}

function describeScans(label: string, scans: readonly ScanRun[]): string {
  const wall = scans.map((s) => s.wallMs);
  const busy = scans.map((s) => s.busyMs);
  const [first] = scans;
  return [
    `${label}: median ${median(wall).toFixed(1)} ms wall (${formatRounds(wall)}), ${median(busy).toFixed(1)} ms in slices (${formatRounds(busy)})`,
    `  longest slice ${formatRounds(
      scans.map((s) => s.longestSliceMs),
      1,
    )} ms; ${String(first?.slices)} slices, ${String(first?.steps)} steps, ${String(first?.deferred)} text nodes kept for detection`,
    `  then detection near the viewport: ${formatRounds(scans.map((s) => s.inView.busyMs))} ms in slices, ` +
      `${String(first?.inView.texts)} text nodes, ${String(first?.inView.marks)} marks, ` +
      `longest slice ${formatRounds(
        scans.map((s) => s.inView.longestSliceMs),
        1,
      )} ms`,
  ].join('\n');
}

function describeRest(rest: DetectionRun): string {
  return (
    `detection of the rest of the page (as if scrolled through): ${(rest.wallMs ?? 0).toFixed(1)} ms wall, ` +
    `${rest.busyMs.toFixed(1)} ms in slices, ${String(rest.texts)} text nodes, ${String(rest.marks)} marks in all, ` +
    `longest slice ${rest.longestSliceMs.toFixed(1)} ms`
  );
}

/**
 * Pages to scan. `typical`: mostly prose, with digits in about one text node in eight, as long
 * articles, threads and documentation are. `dense`: the detector's corpus alone, digits in nine
 * lines out of ten: a worst case, where detection itself costs several walks.
 */
export const PAGE_PROFILES = { typical: 0.9, dense: 0 } as const;
export type PageProfile = keyof typeof PAGE_PROFILES;

export async function measureScan(profileName: PageProfile = 'typical'): Promise<ScanBenchResult> {
  const generated = generatePage(PAGE_CHARACTERS, PAGE_SEED, PAGE_PROFILES[profileName]);
  console.log(
    `${profileName} page: ${(generated.html.length / 1e6).toFixed(2)} MB of HTML from ${String(generated.documents)} documents, ` +
      `${(generated.characters / 1e6).toFixed(2)} M characters, ${String(generated.contacts)} labeled contacts, ` +
      `${String(generated.hiddenDocuments)} documents hidden`,
  );
  const directory = await mkdtemp(join(tmpdir(), 'screen-pop-bench-'));
  const file = join(directory, 'page.html');
  await writeFile(file, generated.html);
  const bundle = await bundleInPage();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { timeout: LOAD_TIMEOUT_MS });
    await page.addScriptTag({ content: bundle.code });
    const cdp = await page.context().newCDPSession(page);

    // The first scan runs cold, as the content script's does on a page load: JIT, metadata, styles.
    await settle(page, cdp);
    const cold = await runFullScan(page);
    const walks: WalkRun[] = [];
    const scans: ScanRun[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await settle(page, cdp);
      walks.push(await runBareWalk(page));
      await settle(page, cdp);
      scans.push(await runFullScan(page));
    }
    const rest = await detectRest(page);
    const profile = await profiledScan(page, cdp, bundle);

    const walkTimes = walks.map((w) => w.wallMs);
    const [walk] = walks;
    console.log(
      `walk: median ${median(walkTimes).toFixed(2)} ms (${formatRounds(walkTimes, 2)}), ` +
        `${String(walk?.textNodes)} text nodes, ${((walk?.characters ?? 0) / 1e6).toFixed(2)} M characters`,
    );
    console.log(describeScans('cold scan', [cold]));
    console.log(describeScans(`scan (${String(ROUNDS)} rounds)`, scans));
    console.log(describeRest(rest));
    console.log(`CPU profile of one more scan:\n${profile}`);
    const scanVsWalk = median(scans.map((s) => s.busyMs)) / median(walkTimes);
    const wallVsWalk = median(scans.map((s) => s.wallMs)) / median(walkTimes);
    const longestSliceMs = Math.max(
      rest.longestSliceMs,
      ...[cold, ...scans].flatMap((s) => [s.longestSliceMs, s.inView.longestSliceMs]),
    );
    console.log(
      `longest slice: ${longestSliceMs.toFixed(1)} ms (target <= 16 ms); ` +
        `main-thread time over the walk's ${scanVsWalk.toFixed(2)} (target <= 1.5), wall time over the walk's ${wallVsWalk.toFixed(2)}`,
    );
    return { scanVsWalk, wallVsWalk, longestSliceMs };
  } finally {
    await browser.close();
    await rm(directory, { recursive: true, force: true });
  }
}

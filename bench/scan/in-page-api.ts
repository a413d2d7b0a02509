/** What the bundled `in-page.ts` exposes on the benchmark page's window, for `page.evaluate` calls. */

export interface ScanRun {
  /** Start of the full scan to its last slice, yields between slices included. */
  readonly wallMs: number;
  /** The sum of the slices: wall time less the time yielded to the page, the scanner's own main-thread time. */
  readonly cpuMs: number;
  /** As runInSlices measured it. */
  readonly longestSliceMs: number;
  /** Slices over 16 ms (a dropped frame), by position in the scan: the first one holds the link query. */
  readonly longSlices: readonly { index: number; ms: number }[];
  readonly slices: number;
  readonly steps: number;
  readonly marks: number;
}

export interface WalkRun {
  readonly wallMs: number;
  readonly textNodes: number;
  readonly characters: number;
}

export interface ScanBenchApi {
  /** A full scan of the page with the content script's controller and registry, undone afterwards. */
  runFullScan(): Promise<ScanRun>;
  /** Every text node under body read once: the floor no scanner can beat. */
  runBareWalk(): WalkRun;
}

export interface BenchWindow {
  screenPopBench: ScanBenchApi;
}

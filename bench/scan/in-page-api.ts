/** What the bundled `in-page.ts` exposes on the benchmark page's window, for `page.evaluate` calls. */

export interface ScanRun {
  /** Start of the full scan to its last slice, yields between slices included. */
  readonly wallMs: number;
  /** The sum of the scan's slices: its own main-thread time. */
  readonly busyMs: number;
  readonly longestSliceMs: number;
  readonly slices: number;
  readonly steps: number;
  /** Text nodes the walk kept for detection. */
  readonly deferred: number;
  /** Detection of the kept text near the viewport, during the scan and just after it. */
  readonly inView: DetectionRun;
}

export interface DetectionRun {
  /** For `detectRest`: from the call until every kept text node is detected. */
  readonly wallMs?: number;
  /** The sum of the detection's slices. */
  readonly busyMs: number;
  readonly texts: number;
  readonly longestSliceMs: number;
  /** Marks on the page once done. */
  readonly marks: number;
}

export interface WalkRun {
  readonly wallMs: number;
  readonly textNodes: number;
  readonly characters: number;
}

export interface ScanBenchApi {
  /** A full scan of the page with the content script's controller and registry, which stay until the next. */
  runFullScan(): Promise<ScanRun>;
  /** Detects all that the last scan kept and that was not in view: the cost of scrolling through the whole page. */
  detectRest(): Promise<DetectionRun>;
  /** Every text node under body read once: the floor no scanner can beat. */
  runBareWalk(): WalkRun;
}

export interface BenchWindow {
  screenPopBench: ScanBenchApi;
}

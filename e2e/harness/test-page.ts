/**
 * One page API for both drivers (Playwright for Chromium, Puppeteer over WebDriver BiDi for
 * Firefox), so every real-browser test is written once and runs in both browsers.
 */
export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (for extension pages: with the extension APIs) and returns its result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source text in the page (for tools like axe-core that ship as one file). */
  evaluateScript(source: string): Promise<unknown>;
  /** Waits until `fn` returns a truthy value in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Waits for an element matching `selector` (CSS; open shadow roots are pierced) to be visible. */
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  /** The text content of the first element matching `selector`. */
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  /** Replaces the value of a form field, as typed input. */
  fill(selector: string, value: string): Promise<void>;
  press(key: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A left click at a point of the viewport, the pointer moving there first. */
  mouseClick(x: number, y: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Uncaught exceptions and unhandled rejections so far, from every script on the page, the
   * extension's content script included (in Chromium, on pages opened with `openPage`).
   */
  uncaughtErrors(): readonly string[];
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { TestPage } from './test-page';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** A browser with the extension loaded, and ways into it. */
export interface ExtensionSession {
  readonly name: BrowserName;
  /** The extension's base URL: `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionBase: string;
  /** Opens a web page in a new tab. */
  openPage(url: string): Promise<TestPage>;
  /** Opens one of the extension's pages (e.g. `popup.html`) in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Waits for a tab or window (e.g. one the extension opened) whose URL contains `part`. */
  waitForPage(part: string, timeoutMs?: number): Promise<TestPage>;
  /**
   * Runs `fn` in a privileged extension context (Chromium's service worker, Firefox's control
   * page), where `chrome.*` extension APIs are available.
   */
  extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Stops the background as the browser does when it is idle (Chromium's service worker; Firefox
   * offers no way to do this from automation, so it is absent there).
   */
  stopBackground?: () => Promise<void>;
  close(): Promise<void>;
}

const OUTPUT = resolve(import.meta.dirname, '../../.output');

export type BuildKind = 'emulator' | 'production';

/** A build that real-browser tests load: the emulator-configured one unless asked otherwise. */
export function extensionDir(name: BrowserName, build: BuildKind = 'emulator'): string {
  const target = name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3';
  const dir = resolve(OUTPUT, build === 'emulator' ? `${target}-emulator` : target);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(
      `No extension build at ${dir}. Build it first with "npm run build${build === 'emulator' ? ':emulator' : ''}".`,
    );
  }
  return dir;
}

export interface LaunchOptions {
  /** What `prefers-color-scheme` says (Firefox's BiDi cannot change it once started). @default 'light' */
  colorScheme?: 'light' | 'dark';
  /** A visible window (the demo on a machine with a display). @default true */
  headless?: boolean;
  /** @default 'emulator' */
  build?: BuildKind;
}

export function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  const dir = extensionDir(name, options.build);
  return name === 'chromium' ? launchChromium(dir, options) : launchFirefox(dir, options);
}

import type { Browser } from 'webextension-polyfill';

declare global {
  /**
   * Code passed to `extensionEval` and to extension pages' `evaluate` runs where the promise-based
   * `chrome` namespace exists (Chrome MV3 and Firefox both provide it).
   */
  const chrome: Browser;
}

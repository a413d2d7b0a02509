import { ensureBrowsers } from '../../scripts/debian-browsers';

/** Vitest's global setup for the real-browser tests: both browsers, installed if they can be. */
export default function setup(): void {
  ensureBrowsers(['chromium', 'firefox-esr'], 'for the real-browser tests');
}

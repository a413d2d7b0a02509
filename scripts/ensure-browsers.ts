/**
 * `tsx scripts/ensure-browsers.ts chromium firefox-esr`: installs the missing ones (see
 * ./debian-browsers.ts), or exits 1 saying what to run.
 */
import { DEBIAN_BROWSERS, type DebianBrowser } from '../e2e/harness/browser-paths';
import { BrowsersMissing, ensureBrowsers } from './debian-browsers';

const known = (name: string): name is DebianBrowser => Object.hasOwn(DEBIAN_BROWSERS, name);
const wanted = process.argv.slice(2);
if (wanted.length === 0 || !wanted.every(known)) {
  console.error(`usage: ensure-browsers.ts <${Object.keys(DEBIAN_BROWSERS).join('|')}>…`);
  process.exit(2);
}
try {
  ensureBrowsers(wanted, 'for the real-browser tests');
} catch (error) {
  if (!(error instanceof BrowsersMissing)) throw error;
  console.error(`screen-pop: ${error.message}`);
  process.exit(1);
}

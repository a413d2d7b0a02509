import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserName } from './extension-session';

/** Where each browser reads an administrator's policy on this (Debian) machine. */
const POLICY_FILES: Record<BrowserName, string> = {
  chromium: '/etc/chromium/policies/managed/screen-pop-e2e.json',
  firefox: '/usr/lib/firefox-esr/distribution/policies.json',
};

const GECKO_ID = 'screen-pop@screen-pop.dev';

/** Chromium's id for an unpacked extension: the SHA-256 of its path, spelled with a to p. */
function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(extensionDir).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

/**
 * Installs `settings` as the extension's managed storage the way an administrator would (the
 * browsers read policy files when they start, so launch the browser after this). The files are
 * system-wide: `removePolicy` must run when the test is done.
 */
export function installPolicy(browser: BrowserName, extensionDir: string, settings: Record<string, unknown>): void {
  const file = POLICY_FILES[browser];
  const policy =
    browser === 'chromium'
      ? { '3rdparty': { extensions: { [unpackedExtensionId(extensionDir)]: settings } } }
      : { policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } };
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(policy));
  } catch (error) {
    throw new Error(`Cannot write the ${browser} policy file ${file}. The policy test needs root, as CI has.`, { cause: error });
  }
}

export function removePolicy(browser: BrowserName): void {
  rmSync(POLICY_FILES[browser], { force: true });
}

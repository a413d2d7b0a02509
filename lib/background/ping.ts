import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { route } from '../messaging/router';

/** Answers `ping` from any of our contexts with the running build's version. */
export function registerPing(): void {
  route('ping', {
    from: ['extension-page', 'content-script'],
    schema: v.undefined(),
    handle: () => ({ version: browser.runtime.getManifest().version }),
  });
}

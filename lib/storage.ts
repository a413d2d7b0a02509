import { storage } from 'wxt/utils/storage';

/**
 * Every piece of persistent state, declared once. `local:` survives restarts, `session:` lives
 * until the browser closes and is readable only by extension pages and the background.
 */

/** The background's answer to the last content script that pinged it (foundation smoke check). */
export const lastContentPing = storage.defineItem<{ url: string; version: string }>('local:lastContentPing', {
  version: 1,
});

import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops a content script when a newer copy of it announces itself with a DOM event, which a
 * page can forge to switch screen-pop off on itself. A genuine newer copy only comes after the
 * extension reloaded, which cuts this copy off from the runtime (Chrome) or unloads it (Firefox):
 * while the runtime still answers to this copy, the announcement is forged and goes no further.
 * Listening on `window` in the capture phase runs before WXT's own listener on `document`.
 */
export function ignoreForgedRestarts(signal: AbortSignal): void {
  // Public at run time, private in WXT's typings; e2e/hostile-pages.e2e.ts fails if it goes away.
  const { SCRIPT_STARTED_MESSAGE_TYPE: type } = ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string };
  window.addEventListener(
    type,
    (event) => {
      if (browser.runtime.id) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}

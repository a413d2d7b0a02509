import type { Runtime } from 'webextension-polyfill';

/** Where a message came from, judged from what the browser stamps on the sender. */
export type SenderKind = 'extension-page' | 'content-script';

/**
 * Classifies a sender by the browser-provided fields only: a page can claim anything in a
 * payload, but it cannot forge `sender.id`, `sender.url` or `sender.tab`.
 */
export function classifySender(
  sender: Runtime.MessageSender,
  extensionId: string,
  /** The extension's base URL, `runtime.getURL('/')`, ending in a slash. */
  extensionBase: string,
): SenderKind | undefined {
  if (sender.id !== extensionId || sender.url === undefined) return undefined;
  // A prefix check, not URL.origin: extension schemes are not "special" URLs, so their origin is
  // the opaque "null" in some engines, which would make every extension URL look alike.
  if (sender.url.startsWith(extensionBase)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content-script';
  return undefined;
}

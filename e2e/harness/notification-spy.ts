import type { ExtensionSession } from './extension-session';

export interface CreatedNotification {
  id: string;
  title: string;
  message: string;
}

/** A background's global, with what the spy keeps on it. */
interface SpyScope {
  createdNotifications?: CreatedNotification[];
  browser?: { notifications?: object };
  chrome?: { notifications?: object };
}

type Create = (id: string, options: { title: string; message: string }) => Promise<string>;

/**
 * Records the title and message of every notification the extension creates. Neither browser
 * lets a test read them back (Chromium's `getAll()` answers ids only; headless Firefox closes each
 * at once), so this wraps `notifications.create` where the background calls it: in Chromium's
 * service worker, on both its `browser` and `chrome` namespaces; in Firefox, in the background
 * page, reached from the control page. A spy on the browser API in the test's browser; the
 * extension runs as built. The record lives as long as that background does.
 */
export async function spyOnNotifications(session: ExtensionSession): Promise<() => Promise<CreatedNotification[]>> {
  // Functions run in the browser as source text, without their closures: each is self-contained.
  const inBackgroundPage = session.name === 'firefox';
  await session.extensionEval(async (viaControlPage) => {
    const scope = (viaControlPage ? await chrome.runtime.getBackgroundPage() : globalThis) as unknown as SpyScope;
    if (scope.createdNotifications) return;
    const sink: CreatedNotification[] = (scope.createdNotifications = []);
    // Firefox's `browser` and `chrome` are one object.
    for (const namespace of new Set([scope.browser?.notifications, scope.chrome?.notifications])) {
      if (!namespace) continue;
      const original = (namespace as { create: Create }).create.bind(namespace);
      Object.defineProperty(namespace, 'create', {
        configurable: true,
        writable: true,
        value: (id: string, options: { title: string; message: string }) => {
          sink.push({ id, title: options.title, message: options.message });
          return original(id, options);
        },
      });
    }
  }, inBackgroundPage);
  return () =>
    session.extensionEval(async (viaControlPage) => {
      const scope = (viaControlPage ? await chrome.runtime.getBackgroundPage() : globalThis) as unknown as SpyScope;
      // Copied out as plain data: in Firefox the records were made in the background page's realm.
      return (scope.createdNotifications ?? []).map(({ id, title, message }) => ({ id, title, message }));
    }, inBackgroundPage);
}

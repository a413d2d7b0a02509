import type { ExtensionSession } from './extension-session';

/**
 * Records the extension's system notifications. Chromium keeps them listed; headless Firefox has
 * nowhere to show them and closes each at once, so closed ones are recorded as they go.
 */
export async function watchNotifications(session: ExtensionSession): Promise<() => Promise<string[]>> {
  await session.extensionEval(() => {
    const scope = globalThis as { closedNotifications?: string[] };
    if (scope.closedNotifications) return;
    const closed: string[] = [];
    scope.closedNotifications = closed;
    chrome.notifications.onClosed.addListener((id) => closed.push(id));
  });
  return () =>
    session.extensionEval(async () => {
      const closed = (globalThis as { closedNotifications?: string[] }).closedNotifications ?? [];
      return [...new Set([...closed, ...Object.keys(await chrome.notifications.getAll())])];
    });
}

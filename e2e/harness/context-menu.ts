import type { ExtensionSession } from './extension-session';

interface TestHooks {
  contextMenuClick: (info: { menuItemId: string; frameId?: number; linkUrl?: string }, tabId: number) => Promise<void>;
}

/**
 * Clicks one of the extension's context-menu items for the tab showing `urlPattern`. Automation
 * cannot open a native menu, so this calls the handler emulator builds expose (lib/background/test-hooks.ts).
 */
export async function clickContextMenu(
  session: ExtensionSession,
  urlPattern: string,
  info: { menuItemId: string; linkUrl?: string },
): Promise<void> {
  await session.extensionEval(
    async ({ pattern, click }) => {
      const [tab] = await chrome.tabs.query({ url: pattern });
      if (tab?.id === undefined) throw new Error(`No tab matches ${pattern}`);
      // Chromium runs this in the service worker itself; Firefox in a page next to the background page.
      const scope = (globalThis as { screenPopTestHooks?: TestHooks }).screenPopTestHooks
        ? globalThis
        : await chrome.runtime.getBackgroundPage();
      const hooks = (scope as { screenPopTestHooks?: TestHooks }).screenPopTestHooks;
      if (!hooks) throw new Error('This build exposes no test hooks (is it an emulator build?)');
      await hooks.contextMenuClick({ ...click, frameId: 0 }, tab.id);
    },
    { pattern: urlPattern, click: info },
  );
}

import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';

const MENU = { selection: 'screen-pop-lookup-selection', link: 'screen-pop-lookup-link' } as const;

/** Links whose target says who someone is: the ones worth a lookup. */
const LINK_PATTERNS = ['tel:*', 'mailto:*', '*://twitter.com/*', '*://*.twitter.com/*', '*://x.com/*', '*://*.x.com/*'];

type ClickInfo = Browser.contextMenus.OnClickData;

/**
 * "Look up … in Genesys Cloud" on selected text and on tel:, mailto: and profile links. The
 * lookup happens in the page, where the agent is looking: the content script shows its card at
 * the selection or link (and says so when there is nothing to look up).
 */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU.selection, title: 'Look up “%s” in Genesys Cloud', contexts: ['selection'] });
      browser.contextMenus.create({
        id: MENU.link,
        title: 'Look up this contact in Genesys Cloud',
        contexts: ['link'],
        targetUrlPatterns: LINK_PATTERNS,
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info: ClickInfo, tab) => {
    void lookUpFromMenu(info, tab?.id);
  });
}

export async function lookUpFromMenu(
  info: Pick<ClickInfo, 'menuItemId' | 'frameId' | 'linkUrl'>,
  tabId: number | undefined,
): Promise<void> {
  if (tabId === undefined || (info.menuItemId !== MENU.selection && info.menuItemId !== MENU.link)) return;
  const request = info.menuItemId === MENU.link && info.linkUrl ? { linkUrl: info.linkUrl } : {};
  await sendMessage('card.showSelection', request, { tabId, frameId: info.frameId ?? 0 }).catch(() => undefined);
}

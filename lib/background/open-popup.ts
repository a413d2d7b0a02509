import { browser } from 'wxt/browser';

const POPUP_PATH = '/popup.html';

/**
 * Shows the popup's page in its own small window, reusing the one already open. A window stays
 * while the agent types a note or goes back to the page, where the toolbar popup would close on
 * the first click elsewhere; it also opens the same way in every browser (Firefox only opens the
 * toolbar popup from a user gesture, which a content script's message does not carry).
 */
export async function openPopup(): Promise<void> {
  const url = browser.runtime.getURL(POPUP_PATH);
  const windows = await browser.windows.getAll({ populate: true, windowTypes: ['popup'] });
  const open = windows.find((window) => window.tabs?.some((tab) => tab.url === url));
  if (open?.id !== undefined) {
    // The page follows the focus in session storage; bringing the window forward is enough.
    await browser.windows.update(open.id, { focused: true });
    return;
  }
  await browser.windows.create({ url, type: 'popup', width: 440, height: 680, focused: true });
}

import { browser } from 'wxt/browser';

/**
 * Shows the popup: the toolbar popup where the browser allows opening it from code (Chrome 127+),
 * else the same page in a small window (Firefox only opens popups from a user gesture, which
 * does not survive a message from a content script).
 */
export async function openPopup(): Promise<void> {
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // Falls through to the window.
  }
  await browser.windows.create({ url: browser.runtime.getURL('/popup.html'), type: 'popup', width: 420, height: 640 });
}

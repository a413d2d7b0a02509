import { browser } from 'wxt/browser';

/** Opens the options page on first install, where the agent picks a region and signs in. */
export function openOptionsOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
}

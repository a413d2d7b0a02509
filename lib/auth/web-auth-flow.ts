import { browser } from 'wxt/browser';

/** The browser's sign-in window, behind an interface so the sign-in logic is testable without one. */
export interface WebAuthFlow {
  /** The redirect URI the browser intercepts for this extension; it must be registered in Genesys Cloud. */
  redirectUri(): string;
  /** Opens `url` and resolves with the URL the server redirected to. */
  launch(url: string, interactive: boolean): Promise<string>;
}

export const browserWebAuthFlow: WebAuthFlow = {
  redirectUri: () => browser.identity.getRedirectURL(),
  async launch(url, interactive) {
    const redirected = await browser.identity.launchWebAuthFlow({ url, interactive });
    if (!redirected) throw new Error('The sign-in window closed without an answer.');
    return redirected;
  },
};

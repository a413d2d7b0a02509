import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { AuthError } from '../auth/authorize';
import { sendMessage, type PageMark } from '../messaging/protocol';
import { settle } from '../messaging/result';
import { route } from '../messaging/router';
import type { PageContext } from '../popup/popup-context';
import { currentPreferences } from '../settings/current';
import { isScanningAllowed, normalizeSite, siteRuleFor } from '../settings/site-rules';
import { preferences } from '../storage/settings';
import { popupFocus } from '../storage/session';
import { fromExtensionPages } from './schemas';
import type { BackgroundServices } from './services';

/** A hover card's "open details" is still what the popup is about for this long. */
const FOCUS_TAB_MS = 60_000;

/**
 * The tab the popup is about: the one whose hover card opened it (the popup may be a separate
 * window then), else the active tab of the window the agent used last.
 */
async function pageTab(focusTabId: number | undefined): Promise<{ id: number; url?: string } | undefined> {
  if (focusTabId !== undefined) {
    const tab = await browser.tabs.get(focusTabId).catch(() => undefined);
    if (tab?.id !== undefined) return { id: tab.id, ...(tab.url && { url: tab.url }) };
  }
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, ...(window?.id !== undefined && { windowId: window.id }) });
  return tab?.id !== undefined ? { id: tab.id, ...(tab.url && { url: tab.url }) } : undefined;
}

async function pageContext(tab: { id: number; url?: string }): Promise<PageContext> {
  const { value: prefs, locked } = await currentPreferences();
  const site = tab.url ? siteRuleFor(tab.url) : undefined;
  const host = tab.url && site ? new URL(tab.url).hostname : undefined;
  // Pages without our content script (browser pages, the store) simply have no marks.
  const marks: PageMark[] = await sendMessage('page.marks', undefined, { tabId: tab.id, frameId: 0 }).catch(() => []);
  return {
    tabId: tab.id,
    ...(site && { site }),
    paused: host !== undefined && !isScanningAllowed(host, prefs.siteMode, prefs.sites),
    lockedByPolicy: locked.includes('sites') || locked.includes('siteMode'),
    marks,
  };
}

/** What the popup needs when it opens, and "Pause on this site". */
export function registerPageRoutes({ auth }: BackgroundServices): void {
  route('popup.context', {
    from: fromExtensionPages,
    schema: v.undefined(),
    handle: async () => {
      const [status, focus] = await Promise.all([auth.status(), popupFocus.getValue()]);
      const recent = focus && Date.now() - focus.at < FOCUS_TAB_MS ? focus.tabId : undefined;
      const tab = await pageTab(recent);
      return { status, ...(focus && { focus }), ...(tab && { page: await pageContext(tab) }) };
    },
  });

  route('site.setPaused', {
    from: fromExtensionPages,
    schema: v.object({ site: v.pipe(v.string(), v.maxLength(253)), paused: v.boolean() }),
    handle: ({ site, paused }) =>
      settle(
        (async () => {
          const rule = normalizeSite(site);
          if (!rule) throw new AuthError('not-configured', 'That is not a site screen-pop can pause on.');
          const { locked } = await currentPreferences();
          if (locked.includes('sites') || locked.includes('siteMode')) {
            throw new AuthError('locked', 'Your administrator decides where screen-pop runs; ask them to change it.');
          }
          const prefs = await preferences.getValue();
          // Pausing adds the site to a block list, or takes it off an allow list; resuming undoes that.
          const listed = (prefs.siteMode === 'block') === paused;
          const sites = prefs.sites.filter((s) => s !== rule);
          await preferences.setValue({ ...prefs, sites: listed ? [...sites, rule] : sites });
          return { paused };
        })(),
      ),
  });
}

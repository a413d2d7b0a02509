import type { ExtensionSession } from './extension-session';

/**
 * Runs `run` with screen-pop paused on `sites`, by writing the sites into the stored preferences
 * as the popup's "Pause on this site" does (content scripts follow storage changes at once), and
 * puts the preferences back as they were afterwards.
 */
export async function whilePaused<T>(session: ExtensionSession, sites: string[], run: () => Promise<T>): Promise<T> {
  const before = await session.extensionEval(async (paused) => {
    const stored = (await chrome.storage.local.get('preferences')).preferences as Record<string, unknown> | undefined;
    // What the extension falls back to when nothing is stored yet (lib/storage/settings.ts), for an en-US browser.
    const current = stored ?? {
      detectors: { phone: true, email: true, twitter: true },
      defaultCountry: 'US',
      hoverDelayMs: 350,
      siteMode: 'block',
      sites: [],
    };
    await chrome.storage.local.set({ preferences: { ...current, siteMode: 'block', sites: paused } });
    return stored ?? null;
  }, sites);
  try {
    return await run();
  } finally {
    await session.extensionEval(async (previous) => {
      if (previous) await chrome.storage.local.set({ preferences: previous });
      else await chrome.storage.local.remove('preferences');
    }, before);
  }
}

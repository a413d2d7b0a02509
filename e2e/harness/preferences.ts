import type { ExtensionSession } from './extension-session';

/**
 * Runs `run` with some of the agent's preferences changed, by writing them into the stored
 * preferences as the settings page does (content scripts follow storage changes at once), and puts
 * the preferences back as they were afterwards.
 */
export async function withPreferences<T>(
  session: ExtensionSession,
  changes: Record<string, unknown>,
  run: () => Promise<T>,
): Promise<T> {
  const before = await session.extensionEval(async (patch) => {
    const stored = (await chrome.storage.local.get('preferences')).preferences as Record<string, unknown> | undefined;
    // What the extension falls back to when nothing is stored yet (lib/storage/settings.ts), for an en-US browser.
    const current = stored ?? {
      detectors: { phone: true, email: true, twitter: true },
      defaultCountry: 'US',
      hoverDelayMs: 350,
      siteMode: 'block',
      sites: [],
    };
    await chrome.storage.local.set({ preferences: { ...current, ...patch } });
    return stored ?? null;
  }, changes);
  try {
    return await run();
  } finally {
    await session.extensionEval(async (previous) => {
      if (previous) await chrome.storage.local.set({ preferences: previous });
      else await chrome.storage.local.remove('preferences');
    }, before);
  }
}

/** Runs `run` with screen-pop paused on `sites`, as the popup's "Pause on this site" does. */
export const whilePaused = <T>(session: ExtensionSession, sites: string[], run: () => Promise<T>): Promise<T> =>
  withPreferences(session, { siteMode: 'block', sites }, run);

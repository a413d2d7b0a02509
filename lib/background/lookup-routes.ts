import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { LookupQuerySchema } from '../lookup/query-schema';
import { route, type VerifiedSender } from '../messaging/router';
import { popupFocus, type PopupFocus } from '../storage/session';
import { openPopup } from './open-popup';
import type { BackgroundServices } from './services';

const fromAnywhere = ['content-script', 'extension-page'] as const;

/** Look-ups, and the hover card's ways into the popup and the settings: harmless from any of our contexts. */
export function registerLookupRoutes({ lookups }: BackgroundServices): void {
  route('lookup.run', {
    from: fromAnywhere,
    schema: v.object({
      query: LookupQuerySchema,
      maxAgeMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3_600_000))),
    }),
    handle: async ({ query, maxAgeMs }, sender) => {
      const outcome = await lookups.lookup(query, maxAgeMs === undefined ? {} : { maxAgeMs });
      // What the agent last looked up on a page is what the toolbar popup opens on.
      if (sender.kind === 'content-script') {
        await popupFocus.setValue({
          query,
          mode: 'details',
          source: 'hover',
          quiet: true,
          ...(sender.tabId !== undefined && { tabId: sender.tabId }),
          at: Date.now(),
        });
      }
      return outcome;
    },
  });
  route('lookup.peek', {
    from: ['extension-page'],
    schema: v.object({ query: LookupQuerySchema }),
    handle: async ({ query }) => (await lookups.peek(query)) ?? null,
  });

  /** Where the agent asked from: a page's hover card, or the popup itself. */
  const source = (sender: VerifiedSender) => (sender.kind === 'content-script' ? 'hover' : 'popup');
  const focus = async (next: Omit<PopupFocus, 'at'>) => {
    await popupFocus.setValue({ ...next, at: Date.now() });
    await openPopup();
  };
  route('ui.openDetails', {
    from: fromAnywhere,
    schema: v.object({ query: LookupQuerySchema, contactId: v.optional(v.pipe(v.string(), v.maxLength(100))) }),
    handle: ({ query, contactId }, sender) =>
      focus({
        query,
        mode: 'details',
        source: source(sender),
        ...(contactId && { contactId }),
        ...(sender.tabId !== undefined && { tabId: sender.tabId }),
      }),
  });
  route('ui.openCreate', {
    from: fromAnywhere,
    schema: v.object({ query: LookupQuerySchema }),
    handle: ({ query }, sender) =>
      focus({ query, mode: 'create', source: source(sender), ...(sender.tabId !== undefined && { tabId: sender.tabId }) }),
  });
  route('ui.openSignIn', {
    from: fromAnywhere,
    schema: v.undefined(),
    handle: () => browser.runtime.openOptionsPage(),
  });
}

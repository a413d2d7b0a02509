import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectionKind } from '../detect';
import { onMessage, sendMessage } from '../messaging/protocol';
import { currentPreferences, watchCurrentPreferences } from '../settings/current';
import { isScanningAllowed } from '../settings/site-rules';
import type { Preferences } from '../storage/settings';
import { createCardController } from './card-controller';
import { createCardHost } from './card-host';
import { HoverIntent } from './hover-intent';
import type { Mark } from './mark';
import { MarkRegistry } from './mark-registry';
import { createScanController } from './scan-controller';
import { pageMarks } from './page-marks';
import { ignoreForgedRestarts } from './restart-guard';
import { nodeDetector } from './text-scan';
import type { CardAnchor } from './card-controller';
import { linkAnchor, markAnchor, nearestMark, selectionAnchor } from './selection-anchor';

/** Opens the card for the selection or the nearest mark, from the keyboard. */
const isLookupShortcut = (event: KeyboardEvent) =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL';

const sameMark = (a: Mark, b: Mark) =>
  a === b || (a.range.startContainer === b.range.startContainer && a.range.startOffset === b.range.startOffset);

/**
 * The content script's feature: marks what can be looked up, and shows the hover card on
 * hover, on the keyboard shortcut, and when the background asks (right-click). Every listener,
 * observer and timer belongs to `ctx`, so nothing outlives the content script.
 */
export async function startScreenPop(ctx: ContentScriptContext, cardCss: string): Promise<void> {
  ignoreForgedRestarts(ctx.signal);
  let prefs: Preferences = (await currentPreferences()).value;
  const scanOptions = () => ({
    kinds: new Set((Object.keys(prefs.detectors) as DetectionKind[]).filter((kind) => prefs.detectors[kind])),
    defaultCountry: prefs.defaultCountry,
  });

  const registry = new MarkRegistry({ detector: nodeDetector(scanOptions) });
  ctx.onInvalidated(() => registry.dispose());
  const scanner = createScanController({ registry, signal: ctx.signal });
  const host = createCardHost(ctx, cardCss);

  const cards = createCardController({
    host,
    lookup: (query, fresh) => sendMessage('lookup.run', fresh ? { query, maxAgeMs: 0 } : { query }),
    openDetails: (query, contactId) => void sendMessage('ui.openDetails', { query, ...(contactId && { contactId }) }),
    openCreate: (query) => void sendMessage('ui.openCreate', { query }),
    openSignIn: () => void sendMessage('ui.openSignIn'),
    copy: (text) => navigator.clipboard.writeText(text),
    onClosed: () => {
      registry.setActive(undefined);
      intent.close();
    },
  });

  const intent: HoverIntent<Mark> = new HoverIntent<Mark>({
    openDelayMs: () => prefs.hoverDelayMs,
    closeDelayMs: 400,
    onOpen: (mark) => {
      registry.setActive(mark);
      void cards.open(markAnchor(mark), { takeFocus: false });
    },
    onClose: () => cards.close(),
    timers: { set: (callback, ms) => ctx.setTimeout(callback, ms), clear: (id) => clearTimeout(id) },
  });

  // Pointer: hit-test the marks at most once per frame, and only when there are marks.
  let pointer = { x: innerWidth / 2, y: innerHeight / 2, target: null as EventTarget | null };
  let frame = 0;
  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY, target: event.target };
      if (frame || (registry.size === 0 && !cards.anchor)) return;
      frame = ctx.requestAnimationFrame(() => {
        frame = 0;
        if (host.contains(pointer.target)) {
          intent.pointerAt('card');
          return;
        }
        const mark = registry.at(pointer.x, pointer.y);
        intent.pointerAt(mark ? { target: mark } : 'elsewhere', sameMark);
      });
    },
    { capture: true, passive: true },
  );

  // A click on a mark opens its card at once. The page still gets the click (a link still
  // navigates); a click that ends a text selection, or one a script made, opens nothing.
  ctx.addEventListener(
    document,
    'click',
    (event: MouseEvent) => {
      if (!event.isTrusted || event.button !== 0 || registry.size === 0 || host.contains(event.target)) return;
      if (getSelection()?.isCollapsed === false) return;
      const mark = registry.at(event.clientX, event.clientY);
      if (mark && !(intent.current && sameMark(intent.current, mark))) intent.open(mark);
    },
    { capture: true, passive: true },
  );

  const showCard = (anchor: CardAnchor | undefined, takeFocus: boolean) => {
    if (!anchor) return;
    intent.close();
    void cards.open(anchor, { takeFocus });
  };
  const nearestAnchor = () => {
    const mark = nearestMark(registry.all(), pointer.x, pointer.y);
    return mark ? markAnchor(mark) : undefined;
  };

  // The element a right-click landed on: where a "look up this link" card belongs.
  let rightClicked: Element | null = null;
  ctx.addEventListener(
    document,
    'contextmenu',
    (event: MouseEvent) => {
      rightClicked = event.target instanceof Element ? event.target : null;
    },
    { capture: true, passive: true },
  );

  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (isLookupShortcut(event)) {
        event.preventDefault();
        showCard(selectionAnchor(registry.all(), scanOptions()) ?? nearestAnchor(), true);
      } else if (event.key === 'Escape' && cards.anchor) {
        intent.close();
        cards.close();
      }
    },
    { capture: true },
  );
  const reposition = () => cards.reposition();
  ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    intent.close();
  });

  // Only the background may ask (a page cannot reach runtime messaging; other extensions have other ids).
  const fromBackground = (sender: unknown) => {
    const { id, tab } = sender as Runtime.MessageSender;
    return id === browser.runtime.id && !tab;
  };
  ctx.onInvalidated(
    onMessage('card.showSelection', ({ sender, data }) => {
      if (!fromBackground(sender)) return;
      const link = data.linkUrl ? rightClicked?.closest('a[href]') : null;
      showCard(
        link
          ? linkAnchor(link, data.linkUrl ?? '', registry.all(), scanOptions())
          : selectionAnchor(registry.all(), scanOptions()),
        false,
      );
    }),
  );
  ctx.onInvalidated(
    onMessage('page.marks', async ({ sender }) => (fromBackground(sender) ? pageMarks(await registry.allDetected()) : [])),
  );

  const apply = () => {
    intent.close();
    if (isScanningAllowed(location.hostname, prefs.siteMode, prefs.sites)) void scanner.scanAll();
    else scanner.stop();
  };
  ctx.onInvalidated(
    watchCurrentPreferences(() => {
      void currentPreferences().then(({ value }) => {
        prefs = value;
        apply();
      });
    }),
  );
  apply();
}

import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EMULATOR_BUILD } from '../build-flags';
import { UI_HOST_TAG } from './skip-rules';

/**
 * Our one element in the page: a shadow host for the hover card, created on first use. The
 * shadow root is closed in production so page scripts cannot read contact data out of the card;
 * emulator builds leave it open so the real-browser tests can check what the card shows.
 */
export interface CardHost {
  /** Renders into the shadow root (creating it on first use); resolves once the DOM is updated. */
  render(content: ComponentChild): Promise<void>;
  /** Whether an event target is inside our UI. */
  contains(target: EventTarget | null): boolean;
  /** The element to position (fixed, in viewport coordinates). */
  frame(): HTMLElement | undefined;
}

/** Host styles win over anything the page says about our element (inline !important). */
const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  inset: '0 auto auto 0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  display: 'block',
  margin: '0',
  padding: '0',
  border: '0',
  transform: 'none',
  opacity: '1',
  visibility: 'visible',
  'pointer-events': 'none',
};

export function createCardHost(ctx: ContentScriptContext, css: string): CardHost {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let container: HTMLElement | undefined;
  let host: HTMLElement | undefined;

  const mount = () =>
    (ui ??= createShadowRootUi<HTMLElement>(ctx, {
      name: UI_HOST_TAG.toLowerCase(),
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: EMULATOR_BUILD ? 'open' : 'closed',
      css,
      // Keys typed in the card must not reach the page's shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
      onMount: (uiContainer, _shadow, shadowHost) => {
        for (const [name, value] of Object.entries(HOST_STYLE)) shadowHost.style.setProperty(name, value, 'important');
        container = uiContainer;
        host = shadowHost;
        return uiContainer;
      },
      onRemove: (mounted) => {
        if (mounted) render(null, mounted);
      },
    }).then((created) => {
      created.mount();
      return created;
    }));

  return {
    async render(content) {
      if (!container) {
        if (content === null) return;
        await mount();
      }
      if (container) render(content, container);
    },
    contains: (target) => target instanceof Node && host !== undefined && (target === host || host.contains(target)),
    frame: () => container?.querySelector<HTMLElement>('.frame') ?? undefined,
  };
}

import { HoverCard, type CardState } from '../../components/card/HoverCard';
import type { LookupOutcome, LookupQuery } from '../lookup/lookup-types';
import { placeCard } from './card-position';
import type { CardHost } from './card-host';

/** What a card is about, and where it sits. */
export interface CardAnchor {
  /** The text as the page shows it. */
  label: string;
  /** Undefined when the agent selected text with nothing to look up in it. */
  query: LookupQuery | undefined;
  /** The anchor's current box in the viewport; undefined once it has left the page. */
  rect: () => DOMRect | undefined;
}

export interface CardControllerDeps {
  host: CardHost;
  /** `fresh`: ask Genesys Cloud even if the cache has an answer (the agent pressed "Try again"). */
  lookup: (query: LookupQuery, fresh: boolean) => Promise<LookupOutcome>;
  openDetails: (query: LookupQuery, contactId?: string) => void;
  openCreate: (query: LookupQuery) => void;
  openSignIn: () => void;
  copy: (text: string) => Promise<void>;
  onClosed: () => void;
}

/** The value to put on the clipboard: what the agent would dial or type. */
const clipboardText = ({ kind, value }: LookupQuery) => (kind === 'twitter' ? `@${value}` : value);

/** Runs `action` with the anchor's query; anchors without one offer no such actions. */
const withQuery = (anchor: CardAnchor, action: (query: LookupQuery) => void) => () => {
  if (anchor.query) action(anchor.query);
};

/** Shows one hover card at a time: looks the anchor up, renders each state, keeps it next to the anchor. */
export function createCardController(deps: CardControllerDeps) {
  let current: { anchor: CardAnchor; state: CardState; takeFocus: boolean; copied: boolean; token: number } | undefined;
  let token = 0;
  /** Whether the card opened as `mine` is still the one showing (the agent may have moved on). */
  const stillShowing = (mine: number) => current?.token === mine;

  async function paint(): Promise<void> {
    if (!current) {
      await deps.host.render(null);
      return;
    }
    const shown = current;
    const actions = {
      openDetails: (contactId?: string) => {
        withQuery(shown.anchor, (query) => deps.openDetails(query, contactId))();
        close();
      },
      copy: withQuery(shown.anchor, (query) => {
        void deps.copy(clipboardText(query)).then(() => {
          if (current === shown) {
            shown.copied = true;
            void paint();
          }
        });
      }),
      create: () => {
        withQuery(shown.anchor, deps.openCreate)();
        close();
      },
      signIn: () => {
        deps.openSignIn();
        close();
      },
      retry: () => void load(shown.anchor, true),
      close: () => close(),
    };
    const place = () => {
      const frame = deps.host.frame();
      const rect = shown.anchor.rect();
      if (!frame) return;
      if (!rect || rect.bottom < 0 || rect.top > innerHeight) {
        close();
        return;
      }
      const card = frame.getBoundingClientRect();
      const at = placeCard(rect, card, { width: innerWidth, height: innerHeight });
      frame.style.left = `${String(at.left)}px`;
      frame.style.top = `${String(at.top)}px`;
      frame.style.visibility = 'visible';
      frame.dataset.side = at.side;
    };
    await deps.host.render(
      <div class="frame" style={{ position: 'fixed', left: '0px', top: '0px', visibility: 'hidden' }}>
        <HoverCard
          label={shown.anchor.label}
          kind={shown.anchor.query?.kind}
          state={shown.state}
          actions={actions}
          takeFocus={shown.takeFocus}
          copied={shown.copied}
        />
      </div>,
    );
    if (current === shown) place();
  }

  async function load(anchor: CardAnchor, fresh: boolean): Promise<void> {
    if (current?.anchor !== anchor) return;
    const mine = current.token;
    current.state = anchor.query ? { status: 'loading' } : { status: 'unrecognized' };
    await paint();
    if (!anchor.query) return;
    const outcome = await deps.lookup(anchor.query, fresh);
    if (!stillShowing(mine)) return;
    current.state = outcome;
    await paint();
  }

  function close(): void {
    if (!current) return;
    current = undefined;
    void paint();
    deps.onClosed();
  }

  return {
    get anchor(): CardAnchor | undefined {
      return current?.anchor;
    },
    open(anchor: CardAnchor, options: { takeFocus: boolean }): Promise<void> {
      token += 1;
      current = { anchor, state: { status: 'loading' }, takeFocus: options.takeFocus, copied: false, token };
      return load(anchor, false);
    },
    close,
    /** Keeps the card next to its anchor after scrolling or resizing. */
    reposition(): void {
      if (current) void paint();
    },
  };
}

import { describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS } from '../emulator/seed';
import { useExtension } from './harness/environment';
import { BROWSERS, type ExtensionSession } from './harness/extension-session';
import { markCenter, markedTexts } from './harness/page-marks';
import { CARD, openCard } from './harness/popup';
import { whilePaused } from './harness/preferences';
import type { TestPage } from './harness/test-page';

/** What `fixtures/hostile/responsiveness.js` measured: the page's own view of how it felt. */
interface Responsiveness {
  durationMs: number;
  ticks: number;
  maxLagMs: number;
  maxLagAtMs: number;
  frames: number;
  maxFrameGapMs: number;
  /** [when (the page's performance.now()), how late] for every 10 ms tick more than 50 ms late. */
  stalls: [number, number][];
  longTasks: number;
  /** Chromium only (the Long Tasks API); null in Firefox. */
  longestTaskMs: number | null;
}

interface FloodResult extends Responsiveness {
  changes: number;
  bursts: number;
  rows: number;
}

interface OverridesReport {
  failures: string[];
  listenerTypes: string[];
  createdTags: string[];
  postedMessages: number;
  clicks: number;
}

/** The page globals the hostile fixtures define for the test. */
interface HostileWindow {
  __probe: { start(): void; stop(): Responsiveness };
  __checkNow(): OverridesReport;
  __overrideAgain(): void;
  __addRow(name: string, number: string): void;
  __real: { CSS: typeof CSS; createRange: () => Range; rangeRects: () => DOMRectList };
  runFlood(options: { durationMs: number; settleMs: number; maxRows: number; perTick: number }): Promise<FloodResult>;
  expectedNumbers(): string[];
  keepTicking(everyMs: number): void;
  addRow(text: string): void;
  __build(nodes: number): Promise<{ nodes: number; started: number; built: number; painted: number }>;
  __heard: unknown[];
  __forge(args: { extensionId: string; contactId: string; value: string }): number;
  __forgeScriptStarted(extensionId: string): number;
  __pwned?: string;
}

/** The events screen-pop's content script listens to (lib/content/screen-pop.ts, the card's host). */
const SCREEN_POP_EVENTS = new Set(['pointermove', 'keydown', 'keyup', 'keypress', 'input', 'scroll', 'resize', 'message']);

/**
 * Extra event-loop lag allowed over the same page with screen-pop paused: a quarter second, 30
 * times the scanner's own 8 ms slice budget and well past the 100 ms at which a page feels stuck,
 * so only a real freeze fails, never a busy machine.
 */
const EXTRA_LAG_BOUND_MS = 250;

/** The worst stall that began after `since` (the page's performance.now()). */
const worstStallSince = (measure: Responsiveness, since: number) =>
  Math.max(0, ...measure.stalls.filter(([at]) => at >= since).map(([, late]) => late));

/**
 * Like `markCenter`, for a page that replaced `CSS`, `document.createRange` and
 * `Range.prototype.getClientRects`: reads the (shared) highlight registry through the originals
 * the page kept aside.
 */
const realMarkAt = ({ name, text }: { name: string; text: string }) => {
  const real = (window as unknown as HostileWindow).__real;
  for (const range of real.CSS.highlights.get(name) ?? []) {
    const live = real.createRange.call(document);
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const rect = real.rangeRects.call(live)[0];
    if (live.toString() === text && rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
};

async function hoverAt(page: TestPage, point: { x: number; y: number } | null): Promise<void> {
  if (!point) throw new Error('no mark to hover');
  await page.mouseMove(point.x - 40, point.y + 40);
  await page.mouseMove(point.x - 2, point.y);
  await page.mouseMove(point.x, point.y);
}

/** Whether the mark in the element with `id` is painted, once that element is scrolled into view. */
const paintedIn = (id: string) => {
  document.getElementById(id)?.scrollIntoView({ block: 'center' });
  return [...(CSS.highlights.get('screen-pop-phone') ?? [])].some((range) => range.startContainer.parentElement?.id === id);
};

/** The card has closed (its host stays, empty). */
const cardGone = () => !document.querySelector('screen-pop-ui')?.shadowRoot?.querySelector('[data-testid="hover-card"]');

/** The extension's id as WXT puts it into its event names (`browser.runtime.id`). */
async function runtimeId(session: ExtensionSession): Promise<string> {
  return session.extensionEval(() => chrome.runtime.id);
}

describe.each(BROWSERS)('%s: hostile pages', (browserName) => {
  const env = useExtension(browserName, { signIn: 'alex' });
  const report = (what: string, figures: unknown) => {
    console.info(`[${browserName}] ${what}: ${JSON.stringify(figures)}`);
  };

  it('marks and shows the card on a page that replaced the DOM built-ins, and leaves the page its replacements', async () => {
    const page = await env.session.openPage(env.fixtures.url('hostile/overrides.html'));
    const dana = { name: 'screen-pop-phone', text: '(617) 555-0142' };
    await page.waitFor(realMarkAt, dana);
    await hoverAt(page, await page.evaluate(realMarkAt, dana));
    await page.waitForSelector(`${CARD}[data-status="match"]`);
    expect(await page.text('[data-testid="card-name"]')).toBe('Dana Whitfield');
    await page.press('Escape');
    await page.waitFor(cardGone);

    // Replaced once more long after screen-pop started; then a row arrives and must be marked.
    await page.evaluate(() => {
      (window as unknown as HostileWindow).__overrideAgain();
      (window as unknown as HostileWindow).__addRow('Oliver Bennett', '+44 161 496 0753');
    });
    const oliver = { name: 'screen-pop-phone', text: '+44 161 496 0753' };
    await page.waitFor(realMarkAt, oliver);
    await hoverAt(page, await page.evaluate(realMarkAt, oliver));
    await page.waitForSelector(`${CARD}[data-status="match"]`);
    expect(await page.text('[data-testid="card-name"]')).toBe('Oliver Bennett');
    await page.press('Escape');

    const seen = await page.evaluate(() => (window as unknown as HostileWindow).__checkNow());
    expect(seen.failures).toEqual([]);
    // Nothing of screen-pop's went through the page's functions: no listener, element or message.
    // (Playwright adds listeners of its own in the page's world, so only screen-pop's are looked for.)
    expect(seen.listenerTypes.slice(0, 2)).toEqual(['load', 'click']);
    expect(seen.listenerTypes.filter((type) => SCREEN_POP_EVENTS.has(type) || type.includes(':content:'))).toEqual([]);
    expect(seen.createdTags).toEqual([]);
    expect(seen.postedMessages).toBe(0);
    await page.click('#count');
    expect(await page.evaluate(() => (window as unknown as HostileWindow).__checkNow().clicks)).toBe(1);
    await page.close();
  });

  it('keeps a page responsive through a flood of DOM changes, and marks the final DOM', async () => {
    const flood = { durationMs: 2500, settleMs: 1200, maxRows: 800, perTick: 40 };
    const run = async () => {
      const page = await env.session.openPage(env.fixtures.url('hostile/mutation-flood.html'));
      return { page, result: await page.evaluate((options) => (window as unknown as HostileWindow).runFlood(options), flood) };
    };
    const quiet = await whilePaused(env.session, ['127.0.0.1'], async () => {
      const { page, result } = await run();
      // The baseline is only one if screen-pop really sat it out.
      expect(await markedTexts(page, 'phone')).toEqual([]);
      await page.close();
      return result;
    });
    const { page, result: busy } = await run();
    report('mutation flood, screen-pop paused', quiet);
    report('mutation flood, screen-pop running', busy);

    const expected = (await page.evaluate(() => (window as unknown as HostileWindow).expectedNumbers())).sort();
    expect(expected.length).toBeGreaterThan(flood.maxRows / 2);
    await expect.poll(() => markedTexts(page, 'phone'), { timeout: 10_000 }).toEqual(expected);
    expect(busy.changes / (flood.durationMs / 1000)).toBeGreaterThan(1000);
    expect(busy.maxLagMs).toBeLessThanOrEqual(quiet.maxLagMs + EXTRA_LAG_BOUND_MS);
    await page.close();
  });

  it('marks a number that appears while the page never stops changing', async () => {
    const page = await env.session.openPage(env.fixtures.url('hostile/mutation-flood.html'));
    await markCenter(page, 'phone', '+1 617 555 0142');
    // A clock with tenths, a ticker, a timer: some text changes every 50 ms for as long as the page is open.
    await page.evaluate(() => {
      (window as unknown as HostileWindow).keepTicking(50);
      (window as unknown as HostileWindow).addRow('Call back on +1 206 555 0199');
    });
    await expect.poll(() => markedTexts(page, 'phone'), { timeout: 5_000 }).toContain('+1 206 555 0199');
    await page.close();
  });

  it('keeps a page of a million text nodes responsive, and marks the numbers at its top and bottom', async () => {
    const NODES = 1_000_000;
    const quiet = await whilePaused(env.session, ['127.0.0.1'], async () => {
      const page = await env.session.openPage(env.fixtures.url('hostile/many-text-nodes.html'));
      const build = await page.evaluate((nodes) => (window as unknown as HostileWindow).__build(nodes), NODES);
      // Paused, nothing is coming: give it the time a scan takes, then scroll as below.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await page.evaluate(() => document.getElementById('last')?.scrollIntoView({ block: 'center' }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const measure = await page.evaluate(() => (window as unknown as HostileWindow).__probe.stop());
      expect(await markedTexts(page, 'phone')).toEqual([]);
      await page.close();
      return { build, measure };
    });

    const page = await env.session.openPage(env.fixtures.url('hostile/many-text-nodes.html'));
    await markCenter(page, 'phone', '+1 617 555 0142');
    const started = Date.now();
    const build = await page.evaluate((nodes) => (window as unknown as HostileWindow).__build(nodes), NODES);
    expect(build.nodes).toBe(NODES);
    await page.waitFor(paintedIn, 'first', 30_000);
    await page.waitFor(paintedIn, 'last', 30_000);
    const markedAfterMs = Date.now() - started;
    const busy = await page.evaluate(() => (window as unknown as HostileWindow).__probe.stop());
    // The page's own build, and the layout right after it, are one stall that begins before
    // `built`; whatever begins later is someone else's.
    const figures = {
      nodes: build.nodes,
      pageBuildMs: Math.round(build.built - build.started),
      markedAfterMs,
      worstStallAfterBuildMs: {
        paused: worstStallSince(quiet.measure, quiet.build.built),
        running: worstStallSince(busy, build.built),
      },
      maxLagMs: { paused: quiet.measure.maxLagMs, running: busy.maxLagMs },
      longestTaskMs: { paused: quiet.measure.longestTaskMs, running: busy.longestTaskMs },
    };
    report('a million text nodes', figures);
    expect(busy.ticks).toBeGreaterThan(0);
    expect(figures.worstStallAfterBuildMs.running).toBeLessThanOrEqual(
      figures.worstStallAfterBuildMs.paused + EXTRA_LAG_BOUND_MS,
    );
    await page.close();
  });

  it('ignores messages a page forges in its shape: nothing reaches the background, and the card still works', async () => {
    const page = await env.session.openPage(env.fixtures.url('hostile/fake-messages.html'));
    await markCenter(page, 'phone', '(617) 555-0142');
    // The page's own world holds no extension messaging to call.
    expect(
      await page.evaluate(() => {
        const scope = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
        return [typeof scope.chrome?.runtime?.sendMessage, typeof scope.browser];
      }),
    ).toEqual(['undefined', 'undefined']);

    await env.emulator.control.clearRequests();
    const sent = await page.evaluate((args) => (window as unknown as HostileWindow).__forge(args), {
      extensionId: await runtimeId(env.session),
      contactId: KNOWN_CONTACTS.danaWhitfield.id,
      value: '+16175550142',
    });
    expect(sent).toBeGreaterThanOrEqual(90);

    // The extension still works there: hovering looks up a number the page never forged.
    await openCard(page, 'phone', '+44 161 496 0753', 'match');
    expect(await page.text('[data-testid="card-name"]')).toBe('Oliver Bennett');
    await page.press('Escape');
    // The background's own traffic (its notification channel) goes on; contact data must not move.
    const requests = await env.emulator.control.listRequests('/api/v2/externalcontacts');
    expect(requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(requests.map((r) => `${r.path} ${String(r.query.lookupVal)}`)).toEqual(
      requests.map(() => '/api/v2/externalcontacts/reversewhitepageslookup +441614960753'),
    );
    // No forged "open the details" or "pause this site" took effect either.
    await expect(env.session.waitForPage('popup.html', 1_000)).rejects.toThrow();
    expect(await markedTexts(page, 'phone')).toEqual(['(617) 555-0142', '+44 161 496 0753']);
    await page.close();
  });

  it('tells the page nothing about itself on the page’s window', async () => {
    const page = await env.session.openPage(env.fixtures.url('hostile/fake-messages.html'));
    await markCenter(page, 'phone', '(617) 555-0142');
    // Every message on the window reaches every script of the page; one naming the extension's id
    // tells the page that screen-pop is there, and how to address its content script's events.
    expect(await page.evaluate(() => (window as unknown as HostileWindow).__heard)).toEqual([]);
    await page.close();
  });

  it('keeps working when a page forges WXT’s "content script started" event', async () => {
    const page = await env.session.openPage(env.fixtures.url('hostile/fake-messages.html'));
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    // WXT handles the event synchronously, so had it stopped screen-pop, it would be over when the dispatch returns.
    await page.evaluate((id) => (window as unknown as HostileWindow).__forgeScriptStarted(id), await runtimeId(env.session));
    expect(await markedTexts(page, 'phone')).toContain('(617) 555-0142');
    await page.press('Escape');
    await page.waitFor(cardGone);
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    await page.press('Escape');
    await page.close();
  });

  it('runs no script from markup in page text, shows it as text, and marks nothing inside fields', async () => {
    const page = await env.session.openPage(env.fixtures.url('hostile/markup-in-text.html'));
    const label = "<img src=x onerror=__trap('tel-label')>";
    await markCenter(page, 'phone', '+1 312 555 0175');
    expect(await markedTexts(page, 'phone')).toEqual(
      ['(617) 555-0142', '+44 161 496 0753', '+1 206 555 0199', label, 'Call Dana', '+1 312 555 0175'].sort(),
    );

    const cards: [string, string][] = [
      ['(617) 555-0142', 'match'],
      ['+44 161 496 0753', 'match'],
      ['+1 206 555 0199', 'no-match'],
      [label, 'match'],
      ['Call Dana', 'match'],
      ['+1 312 555 0175', 'no-match'],
    ];
    for (const [text, status] of cards) {
      await openCard(page, 'phone', text, status);
      const card = await page.evaluate(() => {
        const root = document.querySelector('screen-pop-ui')?.shadowRoot;
        const value = root?.querySelector('[data-testid="card-value"]');
        const onAttributes = [...(root?.querySelectorAll('*') ?? [])].flatMap((element) =>
          element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
        );
        return {
          value: value?.textContent,
          label: root?.querySelector('[data-testid="hover-card"]')?.getAttribute('aria-label'),
          foreign: root?.querySelectorAll('img, script, svg, iframe, object, embed, a[href]').length,
          onAttributes,
        };
      });
      expect(card).toEqual({ value: text, label: `screen-pop: ${text}`, foreign: 0, onAttributes: [] });
      await page.press('Escape');
      await page.waitFor(cardGone);
    }
    expect(await page.evaluate(() => (window as unknown as HostileWindow).__pwned)).toBeUndefined();
    await page.close();
  });
});

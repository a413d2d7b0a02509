import { describe, expect, it } from 'vitest';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import { markCenter, markedTexts } from './harness/page-marks';
import { CARD, openCard } from './harness/popup';
import { withPreferences } from './harness/preferences';
import { HOVER_DELAY_RANGE } from '../lib/settings/preferences-schema';
import type { TestPage } from './harness/test-page';

interface Witness {
  records: { type: string; target: string; added: string[]; removed: string[] }[];
  snapshot: string;
}

/** What the page's own witness script saw (see fixtures/dom-witness.js), and the DOM now without our host. */
const readWitness = (page: TestPage) =>
  page.evaluate(() => {
    const witness = (window as unknown as { __witness: Witness }).__witness;
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelector('screen-pop-ui')?.remove();
    // Changes inside or on our own host (its position, its style) are ours to make.
    const records = witness.records.filter((r) => r.target !== 'screen-pop-ui');
    return { records, same: copy.outerHTML === witness.snapshot };
  });

describe.each(BROWSERS)('%s: marks on the page', (browserName) => {
  const env = useExtension(browserName, { signIn: 'alex' });

  it('marks phone numbers, emails and handles in a CRM table, and nothing in fields, editors or hidden text', async () => {
    const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
    await markCenter(page, 'phone', '+1 206 555 0199');
    // Not marked: the order number, date, price, tracking number, ISBN, card number, version and
    // year range in the table, the input and textarea, the contenteditable draft, the hidden div.
    expect(await markedTexts(page, 'phone')).toEqual(
      ['(617) 555-0142', '+1 206 555 0199', '+1 617 555 0125', '+44 161 496 0753', 'Call Riley'].sort(),
    );
    expect(await markedTexts(page, 'email')).toEqual(
      ['Email Oliver', 'dana.w@mailbox.example', 'riley.quinn@mailbox.example'].sort(),
    );
    expect(await markedTexts(page, 'twitter')).toEqual(['@DanaWhitfield', 'Oliver on X'].sort());
    await page.close();
  });

  it("leaves the page's DOM as it was, apart from its own shadow host, and the page keeps working without an error", async () => {
    const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    await page.press('Escape');
    const { records, same } = await readWitness(page);
    expect(same).toBe(true);
    expect(records).toEqual([{ type: 'childList', target: 'html', added: ['screen-pop-ui'], removed: [], attribute: null }]);
    await page.click('#cases td');
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
    // Nor did anything throw: not the page, and (where the browser reports it) not the content script.
    expect(page.uncaughtErrors()).toEqual([]);
    await page.close();
  });

  it('marks text that was hidden once it appears', async () => {
    const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
    await markCenter(page, 'phone', '+1 206 555 0199');
    expect(await markedTexts(page, 'phone')).not.toContain('+1 617 555 0105');
    await page.evaluate(() => document.getElementById('later')?.classList.remove('hidden'));
    await markCenter(page, 'phone', '+1 617 555 0105');
    await page.close();
  });

  it('marks an email signature from another country, and not its date, invoice or postcode', async () => {
    const page = await env.session.openPage(env.fixtures.url('email-signature.html'));
    await markCenter(page, 'phone', '+33 1 42 68 53 10');
    expect(await markedTexts(page, 'phone')).toEqual(['+33 1 42 68 53 10']);
    expect(await markedTexts(page, 'email')).toEqual(['camille.laurent@maison-lumiere.example']);
    expect(await markedTexts(page, 'twitter')).toEqual(['@camille_laurent']);
    const { records, same } = await readWitness(page);
    expect([same, records]).toEqual([true, []]);
    await page.close();
  });

  it('follows a single-page app: rows added later are marked, changed text loses its mark', async () => {
    const page = await env.session.openPage(env.fixtures.url('spa.html'));
    await markCenter(page, 'phone', '+1 617 555 0110');
    await page.click('#load');
    await markCenter(page, 'phone', '+49 89 2019 3410');
    await markCenter(page, 'email', 'lukas.wagner@brightwater-energie.example');
    await page.evaluate(() => (window as unknown as { updateFirstRow: () => void }).updateFirstRow());
    await page.waitFor(() => {
      const texts = [...(CSS.highlights.get('screen-pop-phone') ?? [])].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
      return texts.length === 1 && texts[0] === '+49 89 2019 3410';
    });
    await page.close();
  });

  it('marks text inside frames and shows the card there', async () => {
    const page = await env.session.openPage(env.fixtures.url('iframe.html'));
    await markCenter(page, 'phone', '+1 617 555 0105');
    const inner = () =>
      page.evaluate(() => {
        const frame = document.getElementById('widget') as HTMLIFrameElement;
        const doc = frame.contentDocument;
        const highlight = (frame.contentWindow as (Window & typeof globalThis) | null)?.CSS.highlights.get('screen-pop-phone');
        if (!doc || !highlight) return null;
        const [range] = [...highlight];
        if (!range) return null;
        const live = doc.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const box = live.getBoundingClientRect();
        const outer = frame.getBoundingClientRect();
        return { text: live.toString(), x: outer.left + box.left + box.width / 2, y: outer.top + box.top + box.height / 2 };
      });
    await page.waitFor(() => {
      const frame = document.getElementById('widget') as HTMLIFrameElement | null;
      return (
        [...((frame?.contentWindow as (Window & typeof globalThis) | null)?.CSS.highlights.get('screen-pop-phone') ?? [])]
          .length > 0
      );
    });
    const mark = await inner();
    expect(mark?.text).toBe('+61 2 5550 1250');
    if (!mark) return;
    await page.mouseMove(mark.x - 30, mark.y + 30);
    await page.mouseMove(mark.x, mark.y);
    await page.waitFor(() => {
      const doc = (document.getElementById('widget') as HTMLIFrameElement).contentDocument;
      const card = doc?.querySelector('screen-pop-ui')?.shadowRoot?.querySelector('[data-testid="hover-card"]');
      return card?.getAttribute('data-status') === 'match' && card.textContent.includes('Ruby Anderson');
    });
    await page.close();
  });

  it('styles the card on a page whose content security policy forbids inline styles', async () => {
    const page = await env.session.openPage(env.fixtures.url('strict-csp.html'));
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    // Unstyled, the card would be a full-width block with square corners.
    const box = await page.evaluate(() => {
      const card = document.querySelector('screen-pop-ui')?.shadowRoot?.querySelector('.card');
      if (!card) return null;
      const style = getComputedStyle(card);
      return { radius: style.borderTopLeftRadius, width: style.width };
    });
    expect(box).toEqual({ radius: '10px', width: '320px' });
    await page.close();
  });

  it('opens the card at once when a mark is clicked, and the page still gets the click', async () => {
    await withPreferences(env.session, { hoverDelayMs: HOVER_DELAY_RANGE.max }, async () => {
      const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
      await page.evaluate(() => {
        const counter = window as unknown as { pageClicks: number };
        counter.pageClicks = 0;
        document.addEventListener('click', () => (counter.pageClicks += 1));
      });
      const { x, y } = await markCenter(page, 'phone', '(617) 555-0142');
      await page.mouseClick(x, y);
      // Resting on the mark would open the card only after 2 s; the click opens it well before.
      await page.waitForSelector(CARD, HOVER_DELAY_RANGE.max / 2);
      expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
      await page.close();
    });
  });

  it('closes the card when the pointer leaves', async () => {
    const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    await page.mouseMove(700, 550);
    await page.waitFor(() => !document.querySelector('screen-pop-ui')?.shadowRoot?.querySelector('[data-testid="hover-card"]'));
    await page.close();
  });
});

describe.each(BROWSERS)('%s: the hover card in dark mode', (browserName) => {
  const env = useExtension(browserName, { signIn: 'alex', colorScheme: 'dark' });

  it('keeps the card readable in dark mode', async () => {
    const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    const contrast = await page.evaluate(() => {
      const card = document.querySelector('screen-pop-ui')?.shadowRoot?.querySelector('.card');
      if (!card) return 0;
      const style = getComputedStyle(card);
      const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = channels(color).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(contrast).toBeGreaterThan(7);
    await page.press('Escape');
    await page.close();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_AGENTS } from '../emulator/seed';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import { spyOnNotifications } from './harness/notification-spy';
import { watchNotifications } from './harness/notifications';
import { CARD, openCard, waitForText } from './harness/popup';
import type { TestPage } from './harness/test-page';

/** Markup, script and attribute break-outs, as an attacker would type them into a CRM field. */
const P = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  attr: '" onmouseover="alert(1)" data-x="',
  svg: "'><svg onload=alert(1)>",
  js: 'javascript:alert(1)',
};
/** Right-to-left override, isolates, marks, zero-width and C0 control characters. */
const BIDI = '\u202Egnp.exe\u202C \u2066iso\u2069 \u200Fmark\u061C \u200B\u200Dzw \u0007bell\u001Besc';
const EMOJI = '👩🏽‍💻 🏳️‍🌈 𝕏 🤖';
/** Name and title fields take at most 1,000 characters (Genesys's limit, which the emulator applies). */
const LONG_TITLE = `${P.svg}${'W'.repeat(1000 - P.svg.length)}`;
/** Notes take up to 32,000: ten thousand characters without a space to wrap at. */
const LONG_NOTE = `${'Ж'.repeat(5000)}${'x'.repeat(5000)}`;

const ORG_ID = 'payload-org';
const CONTACT_ID = 'payload-contact';
const NUMBER = '+1 617 555 0177';

const organization = {
  id: ORG_ID,
  name: `${P.img} Org ${BIDI}`,
  industry: P.script,
  phoneNumber: { display: P.attr },
  websites: [
    P.js,
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https://safe.example/"><img src=x onerror=alert(1)>',
  ],
  address: { address1: P.script, city: EMOJI, countryCode: 'US' },
  externalSystemUrl: P.js,
};

const contact = {
  id: CONTACT_ID,
  salutation: P.script,
  firstName: P.img,
  middleName: P.attr,
  lastName: `${BIDI} ${EMOJI}`,
  title: LONG_TITLE,
  workPhone: { display: NUMBER },
  cellPhone: { display: P.svg },
  homePhone: { display: P.js },
  workEmail: 'payload.tester@example.com',
  address: { address1: P.img, address2: P.attr, city: BIDI, state: 'WA', postalCode: '<b>98101</b>', countryCode: 'US' },
  instagramId: { ids: [{ scopedId: 'ig-1' }], handle: P.script },
  facebookId: { ids: [{ scopedId: 'fb-1' }], displayName: P.attr },
  lineId: { ids: [{ userId: 'line-1' }], displayName: EMOJI },
  externalSystemUrl: P.js,
  externalOrganization: { id: ORG_ID },
};

const CONTACT_NOTES = [
  `${P.img} ${P.script} ${P.attr}`,
  LONG_NOTE,
  `${BIDI} ${EMOJI}`,
  `Line one\n${P.svg}\n<a href="javascript:alert(1)">click</a>`,
];
const ORG_NOTE = `${P.script} about the organization`;

/** What the extension shows, worked out from the seed as lib/lookup/contact-summary.ts does. */
const NAME = [contact.salutation, contact.firstName, contact.middleName, contact.lastName].join(' ');
const ROLE = `${contact.title} · ${organization.name}`;
const CARD_LINES = [
  ['Work', NUMBER],
  ['Mobile', P.svg],
  ['Home', P.js],
  ['Work', contact.workEmail],
  ['Instagram', P.script],
  ['Facebook', P.attr],
  ['LINE', EMOJI],
];
const CONTACT_ADDRESS = [P.img, P.attr, `<b>98101</b> ${BIDI} WA`, 'US'].join('\n');
/** The one website that is an http(s) address, as the URL parser writes it. */
const SAFE_WEBSITE = new URL('https://safe.example/"><img src=x onerror=alert(1)>').href;

/** Runs in a document or shadow root: elements and attributes that only a payload could have made. */
const foreignMarkup = (rootSelector: string | null) => {
  const root = rootSelector === null ? document : document.querySelector(rootSelector)?.shadowRoot;
  if (!root) return ['no root'];
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['img', 'svg', 'iframe', 'object', 'embed', 'math', 'b'].includes(tag)) found.push(tag);
    if (tag === 'script' && !element.hasAttribute('src')) found.push('inline script');
    for (const name of element.getAttributeNames()) if (name.toLowerCase().startsWith('on')) found.push(`${tag}[${name}]`);
    const href = element.getAttribute('href');
    if (href !== null && !/^https?:/i.test(href) && tag !== 'link') found.push(`${tag}[href=${href}]`);
  }
  return found;
};

describe.each(BROWSERS)('%s: markup, script and odd text in contact data', (browserName) => {
  const env = useExtension(browserName, { signIn: 'alex' });
  let page: TestPage;

  beforeAll(async () => {
    await env.emulator.control.addSeedData({
      organizations: [organization],
      contacts: [contact],
      notes: [
        ...CONTACT_NOTES.map((noteText, i) => ({
          contactId: CONTACT_ID,
          noteText,
          // Oldest first, so the list (newest first) reads back in reverse.
          createDate: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
        })),
        { organizationId: ORG_ID, noteText: ORG_NOTE },
      ],
    });
    page = await env.session.openPage(env.fixtures.url('hostile/caller.html'));
  });

  it('shows every payload in the hover card as text, and runs none of it', async () => {
    await openCard(page, 'phone', NUMBER, 'match');
    const card = await page.evaluate(() => {
      const root = document.querySelector('screen-pop-ui')?.shadowRoot;
      const text = (selector: string) => root?.querySelector(selector)?.textContent;
      return {
        name: text('[data-testid="card-name"]'),
        role: text('[data-testid="card-role"]'),
        lines: [...(root?.querySelectorAll('.line') ?? [])].map((line) => [
          line.querySelector('dt')?.textContent,
          line.querySelector('dd')?.textContent,
        ]),
      };
    });
    expect(card).toEqual({ name: NAME, role: ROLE, lines: CARD_LINES });
    expect(await page.evaluate(foreignMarkup, 'screen-pop-ui')).toEqual([]);
    // Pointer over the payloads, as over the rest of the card: an injected handler would fire here.
    const box = await page.evaluate(() => {
      const rect = document
        .querySelector('screen-pop-ui')
        ?.shadowRoot?.querySelector('[data-testid="hover-card"]')
        ?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 60) } : null;
    });
    expect(box).toBeTruthy();
    if (box) await page.mouseMove(box.x, box.y);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    await page.waitForSelector(`${CARD}[data-status="match"]`);

    // The card is fixed to the window: whatever of it falls outside cannot be scrolled to, so a
    // 1,000-character title must not push "Open details" off screen.
    const placed = await page.evaluate(() => {
      const card = document.querySelector('screen-pop-ui')?.shadowRoot?.querySelector('[data-testid="hover-card"]');
      const button = card?.querySelector('button.primary');
      const [cardBox, buttonBox] = [card, button].map((element) => element?.getBoundingClientRect());
      return {
        viewport: innerHeight,
        card: cardBox && [Math.round(cardBox.top), Math.round(cardBox.bottom)],
        button: buttonBox && Math.round(buttonBox.bottom),
      };
    });
    console.info(`[${browserName}] hover card with a 1,000-character title: ${JSON.stringify(placed)}`);
    expect(placed.button).toBeLessThanOrEqual(placed.viewport);
    await page.press('Escape');
  });

  it('shows every payload in the details window as text, links only to http(s), and fits the window', async () => {
    await openCard(page, 'phone', NUMBER, 'match');
    // Pressed from script: the button may sit below the window's edge (see the card test above).
    await page.evaluate(() => {
      const card = document.querySelector('screen-pop-ui')?.shadowRoot?.querySelector('[data-testid="hover-card"]');
      card?.querySelector<HTMLButtonElement>('button.primary')?.click();
    });
    const popup = await env.session.waitForPage('popup.html');
    await waitForText(popup, '[data-testid="contact-name"]', NAME);
    await popup.waitForSelector('[data-testid="notes-contact"] [data-testid="note"]');
    await popup.waitFor((count) => document.querySelectorAll('[data-testid="note-text"]').length === count, CONTACT_NOTES.length);

    const shown = await popup.evaluate(() => {
      const text = (selector: string) => document.querySelector(selector)?.textContent;
      const pairs = (selector: string) =>
        [...document.querySelectorAll(`${selector} dl > div, ${selector} > div`)].map((line) => [
          line.querySelector('dt')?.textContent,
          line.querySelector('dd')?.textContent,
        ]);
      return {
        name: text('[data-testid="contact-name"]'),
        title: text('[data-testid="contact-title"]'),
        phones: pairs('[data-testid="contact-phones"]'),
        social: pairs('[data-testid="contact-social"]'),
        address: text('[data-testid="contact-address"]'),
        orgName: text('[data-testid="org-name"]'),
        industry: text('[data-testid="org-industry"]'),
        orgPhone: pairs('[data-testid="org-phones"]'),
        websites: [...document.querySelectorAll('[data-testid="org-website"]')].map((a) => [
          a.getAttribute('href'),
          a.textContent,
        ]),
        links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol),
        notes: [...document.querySelectorAll('[data-testid="note-text"]')].map((note) => note.textContent),
      };
    });
    expect(shown).toEqual({
      name: NAME,
      title: LONG_TITLE,
      phones: [
        ['Work', NUMBER],
        ['Mobile', P.svg],
        ['Home', P.js],
      ],
      social: CARD_LINES.slice(4),
      address: CONTACT_ADDRESS,
      orgName: organization.name,
      industry: P.script,
      orgPhone: [['Phone', P.attr]],
      websites: [[SAFE_WEBSITE, SAFE_WEBSITE]],
      links: ['https:'],
      notes: [...CONTACT_NOTES].reverse(),
    });
    expect(await popup.evaluate(foreignMarkup, null)).toEqual([]);

    await popup.click('[data-testid="notes-tab-organization"]');
    await waitForText(popup, '[data-testid="note-text"]', ORG_NOTE);
    expect(await popup.evaluate(foreignMarkup, null)).toEqual([]);

    await popup.click('[data-testid="notes-tab-contact"]');
    await popup.waitFor((count) => document.querySelectorAll('[data-testid="note-text"]').length === count, CONTACT_NOTES.length);
    // The window is 440 px wide; nothing in it may push the page sideways, 10,000 characters or not.
    const layout = await popup.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const describe = (element: Element) => {
        const testId = element.getAttribute('data-testid');
        const what = testId ? `[${testId}]` : element.className ? `.${element.className}` : '';
        return `${element.tagName.toLowerCase()}${what} "${element.textContent.slice(0, 24)}…"`;
      };
      // Text that runs out of its box does not widen the box, so look for content wider than its
      // element, and report the innermost such elements.
      const overflowing = [...document.querySelectorAll('body *')].filter(
        (element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0,
      );
      const innermost = overflowing.filter(
        (element) => !overflowing.some((other) => other !== element && element.contains(other)),
      );
      return {
        innerWidth,
        clientWidth: width,
        scrollWidth: document.documentElement.scrollWidth,
        body: Math.round(document.body.getBoundingClientRect().width),
        overflowing: [...new Set(innermost.map(describe))],
      };
    });
    console.info(`[${browserName}] details window with 1,000- and 10,000-character strings: ${JSON.stringify(layout)}`);
    expect(layout.overflowing).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    await popup.close();
  });

  it('pops a notification for an interaction from that contact, with the payloads as plain text', async () => {
    const created = await spyOnNotifications(env.session);
    const shown = await watchNotifications(env.session);
    await expect
      .poll(async () => (await env.emulator.control.listChannels()).some((c) => c.connected), { timeout: 15_000 })
      .toBe(true);
    const call = await env.emulator.control.deliverInteraction({
      userId: SEEDED_AGENTS.alex.id,
      mediaType: 'call',
      address: '+16175550177',
    });

    await expect.poll(shown, { timeout: 15_000 }).toContain(`screen-pop:${call.id ?? ''}`);
    expect(await created()).toEqual([
      { id: `screen-pop:${call.id ?? ''}`, title: `Call from ${NAME}`, message: `${organization.name} · +16175550177` },
    ]);
    // The pop also opened the details window on the caller: the same text-only rendering.
    const popup = await env.session.waitForPage('popup.html', 15_000);
    await waitForText(popup, '[data-testid="contact-name"]', NAME);
    expect(await popup.evaluate(foreignMarkup, null)).toEqual([]);
    await env.emulator.control.endConversation(call.id ?? '');
    await popup.close();
  });
});

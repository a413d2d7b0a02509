import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS } from '../emulator/seed';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import type { MarkKind } from './harness/page-marks';
import { CARD, openCard, openDetailsWindow, waitForText } from './harness/popup';
import { signedIn } from '../emulator/testing';
import type { TestPage } from './harness/test-page';

const LOOKUP = '/api/v2/externalcontacts/reversewhitepageslookup';
const DANA_NOTES = `/api/v2/externalcontacts/contacts/${KNOWN_CONTACTS.danaWhitfield.id}/notes`;

describe.each(BROWSERS)('%s: Genesys Cloud failing, and the agent still knows what is going on', (browserName) => {
  const env = useExtension(browserName, { signIn: 'alex' });
  let page: TestPage;

  const lookups = async () => (await env.emulator.control.listRequests(LOOKUP)).length;
  /** Hovers a number the cache does not know yet (each test uses its own). */
  const hoverFresh = async (text: string, status: string, kind: MarkKind = 'phone') => {
    await page.press('Escape');
    await openCard(page, kind, text, status);
  };

  beforeAll(async () => {
    page = await env.session.openPage(env.fixtures.url('crm-table.html'));
  });
  afterEach(async () => {
    await env.emulator.control.clearFaults();
  });

  it('waits out short 429s (Retry-After) and then shows the contact, with a bounded number of tries', async () => {
    await env.emulator.control.clearRequests();
    await env.emulator.control.addFault({ pathPrefix: LOOKUP, status: 429, retryAfterSeconds: 1, count: 2 });
    await hoverFresh('(617) 555-0142', 'match');
    expect(await lookups()).toBe(3);
  });

  it('stops after a bounded number of tries in a storm of 429s, says to wait, and recovers on "Try again"', async () => {
    await env.emulator.control.clearRequests();
    await env.emulator.control.addFault({ pathPrefix: LOOKUP, status: 429, retryAfterSeconds: 1 });
    await hoverFresh('@DanaWhitfield', 'error', 'twitter');
    expect(await page.text('[data-testid="card-error"]')).toContain('too many requests from you. Wait 1 seconds');
    expect(await lookups()).toBe(4);
    await env.emulator.control.clearFaults();
    await page.click(`${CARD} button.primary`);
    await page.waitForSelector(`${CARD}[data-status="match"]`);
    expect(await lookups()).toBe(5);
  });

  it('says how long to wait when Genesys Cloud asks for a long pause, without retrying', async () => {
    await env.emulator.control.clearRequests();
    await env.emulator.control.addFault({ pathPrefix: LOOKUP, status: 429, retryAfterSeconds: 600 });
    await hoverFresh('+44 161 496 0753', 'error');
    expect(await page.text('[data-testid="card-error"]')).toContain('Wait 600 seconds');
    expect(await lookups()).toBe(1);
  });

  it('retries a 503 a bounded number of times, explains it with a reference, and recovers on "Try again"', async () => {
    await env.emulator.control.clearRequests();
    await env.emulator.control.addFault({ pathPrefix: LOOKUP, status: 503 });
    await hoverFresh('+1 617 555 0125', 'error');
    const message = await page.text('[data-testid="card-error"]');
    expect(message).toMatch(/Genesys Cloud had a problem \(error 503\).*reference [0-9a-f-]{8,}/);
    expect(await lookups()).toBe(4);
    await env.emulator.control.clearFaults();
    await page.click(`${CARD} button.primary`);
    await page.waitForSelector(`${CARD}[data-status="match"]`);
  });

  it('explains a reply it cannot read', async () => {
    await env.emulator.control.addFault({ pathPrefix: LOOKUP, malformedBody: true });
    await hoverFresh('+1 206 555 0199', 'error');
    expect(await page.text('[data-testid="card-error"]')).toMatch(/could not read/);
  });

  it('explains a lost connection', async () => {
    await env.emulator.control.addFault({ pathPrefix: LOOKUP, dropConnection: true });
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await hoverFresh('Call Riley', 'error');
    expect(await page.text('[data-testid="card-error"]')).toMatch(/Cannot reach Genesys Cloud/);
  });

  it('renews an expired token without a window, in the middle of the session', async () => {
    const tokensBefore = (await env.emulator.control.listRequests('/oauth/token')).length;
    await env.emulator.control.expireTokens();
    await page.press('Escape');
    await openCard(page, 'email', 'dana.w@mailbox.example', 'match');
    expect((await env.emulator.control.listRequests('/oauth/token')).length).toBe(tokensBefore + 1);
  });

  it('keeps a note typed while Genesys Cloud is down, and saves it exactly once when it is back', async () => {
    await page.press('Escape');
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    const popup = await openDetailsWindow(env.session, page);
    await waitForText(popup, '[data-testid="contact-name"]', 'Dana Whitfield');
    await popup.waitForSelector('[data-testid="notes-contact"] [data-testid="note"]');
    await env.emulator.control.clearRequests();
    await env.emulator.control.addFault({ method: 'POST', pathPrefix: DANA_NOTES, dropConnection: true, count: 1 });
    await env.emulator.control.addFault({ method: 'POST', pathPrefix: DANA_NOTES, status: 503 });
    await popup.fill('[data-testid="note-input"]', 'Customer will call back after 5pm.');
    await popup.press('Enter');
    await popup.waitForSelector('[data-testid="pending-note"]');
    expect(await popup.text('[data-testid="pending-note"]')).toContain('Customer will call back after 5pm.');
    // Closing the popup loses nothing: the note waits in the background.
    await popup.close();
    await env.emulator.control.clearFaults();
    const saved = async () => {
      const api = await signedIn(env.emulator, 'alex');
      const listing = (await (await api(`${DANA_NOTES}?pageSize=100`)).json()) as { entities: { noteText: string }[] };
      return listing.entities.filter((note) => note.noteText === 'Customer will call back after 5pm.').length;
    };
    await expect.poll(saved, { timeout: 20_000 }).toBe(1);
    // Later retries must not add it again.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await saved()).toBe(1);
    await page.press('Escape');
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    const again = await openDetailsWindow(env.session, page);
    await waitForText(again, '[data-testid="note-text"]', 'Customer will call back after 5pm.');
    expect(await again.evaluate(() => document.querySelectorAll('[data-testid="pending-note"]').length)).toBe(0);
    await again.close();
  });

  it('shows the sign-in offer when the env.session cannot be renewed', async () => {
    await env.emulator.control.reset('all');
    await page.press('Escape');
    // A number the cache does not know (the 429 test's lookup failed), so Genesys Cloud is asked.
    await openCard(page, 'phone', '+44 161 496 0753', 'signed-out');
  });

  it('went through all of the above without an uncaught error or unhandled rejection on the page', () => {
    // The content script's included: it is where the errors above were reported to the agent.
    expect(page.uncaughtErrors()).toEqual([]);
  });
});

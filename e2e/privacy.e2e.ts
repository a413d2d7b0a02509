import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS } from '../emulator/seed';
import { startEmulator, type Emulator } from '../emulator/server';
import { BROWSERS, launchBrowser, type ExtensionSession } from './harness/extension-session';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { openCard, openDetailsWindow, waitForText } from './harness/popup';
import { signIn } from './harness/sign-in';

const DRAFT = 'Draft about the disputed invoice';
const KEPT = 'Note kept while Genesys Cloud was down';

describe.each(BROWSERS)('%s: nothing of the contacts stays behind after sign-out', (browserName) => {
  let session: ExtensionSession;
  let emulator: Emulator;
  let fixtures: FixtureServer;

  const everything = () =>
    session.extensionEval(async () =>
      JSON.stringify([await chrome.storage.local.get(), await chrome.storage.session.get(), await chrome.storage.sync.get()]),
    );

  beforeAll(async () => {
    [emulator, fixtures] = await Promise.all([startEmulator(), startFixtureServer()]);
    session = await launchBrowser(browserName);
  });
  afterAll(async () => {
    await session.close();
    await Promise.all([emulator.close(), fixtures.close()]);
  });

  it('clears cached contacts, drafts, kept notes, the popup focus and the token at sign-out', async () => {
    await (await signIn(session, emulator)).close();
    const page = await session.openPage(fixtures.url('crm-table.html'));
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    const popup = await openDetailsWindow(session, page);
    await waitForText(popup, '[data-testid="contact-name"]', 'Dana Whitfield');
    await popup.waitForSelector('[data-testid="notes-contact"] [data-testid="note"]');
    await emulator.control.addFault({ method: 'POST', pathPrefix: '/api/v2/externalcontacts/contacts/', status: 503 });
    await popup.fill('[data-testid="note-input"]', KEPT);
    await popup.press('Enter');
    await popup.waitForSelector('[data-testid="pending-note"]');
    await popup.fill('[data-testid="note-input"]', DRAFT);
    await expect.poll(everything).toContain(DRAFT);

    const before = await everything();
    for (const trace of ['Dana Whitfield', KNOWN_CONTACTS.danaWhitfield.id, KEPT, 'accessToken']) expect(before).toContain(trace);

    const options = await session.openExtensionPage('options.html');
    await options.click('[data-testid="sign-out"]');
    await options.waitForSelector('[data-testid="signed-out"]');
    const after = await everything();
    for (const trace of [
      'Dana',
      'Whitfield',
      '+16175550142',
      'dana.w@mailbox.example',
      KNOWN_CONTACTS.danaWhitfield.id,
      DRAFT,
      KEPT,
      'accessToken',
    ]) {
      expect(after.includes(trace), trace).toBe(false);
    }
    await emulator.control.clearFaults();
  });
});

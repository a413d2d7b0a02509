import { describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS } from '../emulator/seed';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import { openCard, openDetailsWindow, waitForText } from './harness/popup';
import { signIn } from './harness/sign-in';

const DRAFT = 'Draft about the disputed invoice';
const KEPT = 'Note kept while Genesys Cloud was down';

describe.each(BROWSERS)('%s: nothing of the contacts stays behind after sign-out', (browserName) => {
  const env = useExtension(browserName);

  const everything = () =>
    env.session.extensionEval(async () =>
      JSON.stringify([await chrome.storage.local.get(), await chrome.storage.session.get(), await chrome.storage.sync.get()]),
    );

  it('clears cached contacts, drafts, kept notes, the popup focus and the token at sign-out', async () => {
    await (await signIn(env.session, env.emulator)).close();
    const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    const popup = await openDetailsWindow(env.session, page);
    await waitForText(popup, '[data-testid="contact-name"]', 'Dana Whitfield');
    await popup.waitForSelector('[data-testid="notes-contact"] [data-testid="note"]');
    await env.emulator.control.addFault({ method: 'POST', pathPrefix: '/api/v2/externalcontacts/contacts/', status: 503 });
    await popup.fill('[data-testid="note-input"]', KEPT);
    await popup.press('Enter');
    await popup.waitForSelector('[data-testid="pending-note"]');
    await popup.fill('[data-testid="note-input"]', DRAFT);
    await expect.poll(everything).toContain(DRAFT);

    const before = await everything();
    for (const trace of ['Dana Whitfield', KNOWN_CONTACTS.danaWhitfield.id, KEPT, 'accessToken']) expect(before).toContain(trace);

    const options = await env.session.openExtensionPage('options.html');
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
    await env.emulator.control.clearFaults();
  });
});

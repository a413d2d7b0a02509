import { beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, KNOWN_LOOKUPS, SEEDED_AGENTS } from '../emulator/seed';
import { clickContextMenu } from './harness/context-menu';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import { markCenter, markedTexts } from './harness/page-marks';
import { CARD, openCard, openDetailsWindow, waitForText } from './harness/popup';
import type { TestPage } from './harness/test-page';

describe.each(BROWSERS)('%s: an agent looks up a caller and works the contact', (browserName) => {
  const env = useExtension(browserName, { signIn: 'alex' });
  let page: TestPage;

  beforeAll(async () => {
    page = await env.session.openPage(env.fixtures.url('crm-table.html'));
  });

  it('shows the contact in a hover card over a number, and closes it on Escape', async () => {
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    expect(await page.text('[data-testid="card-name"]')).toBe('Dana Whitfield');
    expect(await page.text('[data-testid="card-role"]')).toContain('Director of Patient Experience');
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('screen-pop-ui')?.shadowRoot?.querySelector('[data-testid="hover-card"]'));
  });

  it('opens the details with the organization, and works the notes', async () => {
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    const popup = await openDetailsWindow(env.session, page);
    await waitForText(popup, '[data-testid="contact-name"]', 'Dana Whitfield');
    await waitForText(popup, '[data-testid="org-name"]', 'Northwind Health Partners');
    await popup.waitForSelector('[data-testid="org-industry"]');

    // Add a note: type, Enter.
    await popup.waitForSelector('[data-testid="notes-contact"] [data-testid="note"]');
    await popup.fill('[data-testid="note-input"]', 'Asked for a callback about invoice 2231.');
    await popup.press('Enter');
    await waitForText(popup, '[data-testid="note-text"]', 'Asked for a callback about invoice 2231.');
    const added = await env.emulator.control.listRequests('/api/v2/externalcontacts/contacts/');
    expect(added.filter((r) => r.method === 'POST' && r.path.endsWith('/notes')).map((r) => r.status)).toEqual([200]);

    // Edit it: the newest note is first, and it is ours.
    await popup.click('[data-testid="note-edit"]');
    await popup.fill('[data-testid="note-edit-input"]', 'Callback booked for Tuesday.');
    await popup.press('Enter');
    await waitForText(popup, '[data-testid="note-text"]', 'Callback booked for Tuesday.');

    // Delete it.
    await popup.click('[data-testid="note-delete"]');
    await popup.click('[data-testid="note-delete-confirm"]');
    await popup.waitFor(
      () =>
        ![...document.querySelectorAll('[data-testid="note-text"]')].some(
          (e) => e.textContent === 'Callback booked for Tuesday.',
        ),
    );
    await popup.close();
  });

  it('associates the contact with the active call, and the env.emulator records it', async () => {
    const call = await env.emulator.control.addConversation({
      userId: SEEDED_AGENTS.alex.id,
      mediaType: 'call',
      address: '+16175550142',
      state: 'connected',
    });
    await openCard(page, 'email', 'dana.w@mailbox.example', 'match');
    const popup = await openDetailsWindow(env.session, page);
    await popup.waitForSelector('[data-testid="conversation-single"]');
    await popup.click('[data-testid="associate-button"]');
    await popup.waitForSelector('[data-testid="associate-result"].ok');
    const associations = await env.emulator.control.listAssociations();
    expect(
      associations.map(({ conversationId, externalContactId, mediaType }) => ({ conversationId, externalContactId, mediaType })),
    ).toEqual([{ conversationId: call.id, externalContactId: KNOWN_CONTACTS.danaWhitfield.id, mediaType: 'CALL' }]);
    await env.emulator.control.endConversation(call.id ?? '');
    await popup.close();
  });

  it('lists several matches to choose from, and associates with the conversation the agent picks among several', async () => {
    const shared = KNOWN_LOOKUPS.sharedPhone;
    const lookUpShared = async () => {
      const popup = await env.session.openExtensionPage('popup.html');
      await popup.fill('[data-testid="lookup-input"]', '+1 617 555 0125');
      await popup.press('Enter');
      await waitForText(popup, '#matches-heading', `${String(shared.contactIds.length)} contacts match +1 617 555 0125`);
      await popup.evaluate(() => document.querySelectorAll<HTMLButtonElement>('[data-testid="match-list"] button')[1]?.click());
      await popup.waitForSelector('[data-testid="contact-name"]');
      return popup;
    };

    // No active conversation: the button is off and says why.
    const idle = await lookUpShared();
    await waitForText(
      idle,
      '[data-testid="associate-reason"]',
      'You have no active conversation to associate this contact with.',
    );
    expect(
      await idle.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="associate-button"]')?.disabled),
    ).toBe(true);
    await idle.close();

    // Two at once (outbound, so that screen-pop stays out of it): the agent picks the second, and
    // that is the one associated.
    const call = await env.emulator.control.addConversation({
      userId: SEEDED_AGENTS.alex.id,
      mediaType: 'call',
      address: '+16175550125',
      state: 'connected',
      direction: 'outbound',
    });
    const email = await env.emulator.control.addConversation({
      userId: SEEDED_AGENTS.alex.id,
      mediaType: 'email',
      address: 'someone@example.com',
      state: 'connected',
      direction: 'outbound',
    });
    const popup = await lookUpShared();
    const picked = await popup.text('[data-testid="contact-name"]');
    await popup.waitFor(() => document.querySelectorAll('[data-testid="conversation-choice"] option').length === 2);
    await popup.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="conversation-choice"]');
      const emailOption = [...(select?.options ?? [])].find((option) => option.text.startsWith('Email'));
      if (!select || !emailOption) throw new Error('no email conversation to choose');
      select.value = emailOption.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await popup.click('[data-testid="associate-button"]');
    await popup.waitForSelector('[data-testid="associate-result"].ok');
    const associations = await env.emulator.control.listAssociations();
    const ours = associations.filter((a) => a.conversationId === call.id || a.conversationId === email.id);
    expect(ours.map(({ conversationId, mediaType }) => ({ conversationId, mediaType }))).toEqual([
      { conversationId: email.id, mediaType: 'EMAIL' },
    ]);
    expect(shared.contactIds).toContain(ours[0]?.externalContactId);
    expect(await popup.text('[data-testid="associate-result"]')).toContain(picked);
    await env.emulator.control.endConversation(call.id ?? '');
    await env.emulator.control.endConversation(email.id ?? '');
    await popup.close();
  });

  it("pages through older notes, keeps a draft when the window closes, and works the organization's notes", async () => {
    const openOliver = async () => {
      const popup = await env.session.openExtensionPage('popup.html');
      await popup.fill('[data-testid="lookup-input"]', '+44 161 496 0753');
      await popup.press('Enter');
      await waitForText(popup, '[data-testid="contact-name"]', 'Oliver Bennett');
      await popup.waitForSelector('[data-testid="notes-contact"] [data-testid="note"]');
      return popup;
    };
    const notesShown = (popup: TestPage) =>
      popup.evaluate(() => [...document.querySelectorAll('[data-testid="note-text"]')].map((note) => note.textContent.trim()));

    // Two seeded notes and four new ones: more than one page of five. A draft is left half-typed.
    const popup = await openOliver();
    for (const n of [1, 2, 3, 4]) {
      await popup.fill('[data-testid="note-input"]', `Paging note ${String(n)}`);
      await popup.press('Enter');
      await waitForText(popup, '[data-testid="note-text"]', `Paging note ${String(n)}`);
    }
    await popup.fill('[data-testid="note-input"]', 'Half-typed thought about the Manchester move');
    // Saved as typed: by the time the agent reaches for the close button, it is in the session.
    await expect
      .poll(() =>
        env.session.extensionEval(async () =>
          Object.values(((await chrome.storage.session.get('noteDrafts')).noteDrafts ?? {}) as Record<string, string>),
        ),
      )
      .toContain('Half-typed thought about the Manchester move');
    await popup.close();

    // Opened again: the draft is still there, the newest five notes show, and older ones are a click away.
    const again = await openOliver();
    await again.waitFor(
      () =>
        document.querySelector<HTMLTextAreaElement>('[data-testid="note-input"]')?.value ===
        'Half-typed thought about the Manchester move',
    );
    await again.waitForSelector('[data-testid="notes-older"]');
    const newest = await notesShown(again);
    expect(newest).toHaveLength(5);
    expect(newest[0]).toBe('Paging note 4');
    await again.click('[data-testid="notes-older"]');
    await waitForText(again, '[data-testid="note-text"]', 'Fabrikam moves peak season support to Manchester from October.');
    // The older page follows the newer one; it is the last.
    expect(await notesShown(again)).toEqual([...newest, 'Fabrikam moves peak season support to Manchester from October.']);
    await again.waitFor(() => !document.querySelector('[data-testid="notes-older"]'));

    // The organization's notes: a tab of their own, written to the organization.
    await again.click('[data-testid="notes-tab-organization"]');
    await again.waitForSelector('[data-testid="notes-organization"]');
    await again.fill('[data-testid="notes-organization"] [data-testid="note-input"]', 'Peak season starts 1 October.');
    await again.press('Enter');
    await waitForText(again, '[data-testid="notes-organization"] [data-testid="note-text"]', 'Peak season starts 1 October.');
    const orgNotes = await env.emulator.control.listRequests('/api/v2/externalcontacts/organizations/');
    expect(orgNotes.filter((r) => r.method === 'POST' && r.path.endsWith('/notes')).map((r) => r.status)).toEqual([200]);
    await again.close();
  });

  it('offers to create a contact when nothing matches, then shows it', async () => {
    await openCard(page, 'phone', '+1 206 555 0199', 'no-match');
    const popup = await openDetailsWindow(env.session, page);
    await popup.waitForSelector('[data-testid="no-match"]');
    await popup.fill('input[name="firstName"]', 'Jamie');
    await popup.fill('input[name="lastName"]', 'Fox');
    await popup.click('[data-testid="create-contact"]');
    await waitForText(popup, '[data-testid="contact-name"]', 'Jamie Fox');
    const created = await env.emulator.control.listRequests('/api/v2/externalcontacts/contacts');
    expect(
      created.filter((r) => r.method === 'POST' && r.path === '/api/v2/externalcontacts/contacts').map((r) => r.status),
    ).toEqual([200]);
    await popup.close();
    // The hover card knows the new contact at once: its cached "no match" was dropped.
    await page.press('Escape');
    await openCard(page, 'phone', '+1 206 555 0199', 'match');
    expect(await page.text('[data-testid="card-name"]')).toBe('Jamie Fox');
    await page.press('Escape');
  });

  it('has its two context-menu items in the browser (on selections, and on contact links)', async () => {
    // Updating a menu item fails when it does not exist, for instance when the browser refused
    // to create it (a bad link pattern): so each update says whether the item is there.
    const exists = await env.session.extensionEval(
      async (ids) => {
        const found: Record<string, boolean> = {};
        for (const id of ids) {
          found[id] = await chrome.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          );
        }
        return found;
      },
      ['screen-pop-lookup-selection', 'screen-pop-lookup-link', 'no-such-item'],
    );
    expect(exists).toEqual({ 'screen-pop-lookup-selection': true, 'screen-pop-lookup-link': true, 'no-such-item': false });
  });

  it('looks up a selection from the context menu, at the selection', async () => {
    await page.evaluate(() => {
      const cell = [...document.querySelectorAll('td')].find((td) => td.textContent === '+44 161 496 0753');
      if (!cell) throw new Error('no cell');
      getSelection()?.selectAllChildren(cell);
    });
    await clickContextMenu(env.session, '*://127.0.0.1/*crm-table.html', { menuItemId: 'screen-pop-lookup-selection' });
    await page.waitForSelector(`${CARD}[data-status="match"]`);
    expect(await page.text('[data-testid="card-name"]')).toBe('Oliver Bennett');
    await page.press('Escape');
  });

  it('looks up a right-clicked mailto: link from the context menu, at the link', async () => {
    // A synthetic right-click tells the content script which link the menu was opened on.
    await page.evaluate(() => {
      document.querySelector('a[href^="mailto:"]')?.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    });
    await clickContextMenu(env.session, '*://127.0.0.1/*crm-table.html', {
      menuItemId: 'screen-pop-lookup-link',
      linkUrl: 'mailto:oliver.bennett@fabrikam-logistics.example',
    });
    await page.waitForSelector(`${CARD}[data-status="match"]`);
    expect(await page.text('[data-testid="card-value"]')).toBe('Email Oliver');
    expect(await page.text('[data-testid="card-name"]')).toBe('Oliver Bennett');
    await page.press('Escape');
  });

  it('opens the toolbar popup on the contact last looked up on the page, by right-click or by hover', async () => {
    // The last lookup before this one was Oliver Bennett's, from the context menu.
    const afterMenu = await env.session.openExtensionPage('popup.html');
    await waitForText(afterMenu, '[data-testid="contact-name"]', 'Oliver Bennett');
    await afterMenu.close();
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    await page.press('Escape');
    const afterHover = await env.session.openExtensionPage('popup.html');
    await waitForText(afterHover, '[data-testid="contact-name"]', 'Dana Whitfield');
    await afterHover.close();
  });

  it('says so when the selection holds nothing to look up', async () => {
    await page.evaluate(() => {
      const heading = document.querySelector('h1');
      if (heading) getSelection()?.selectAllChildren(heading);
    });
    await page.press('Alt+Shift+KeyL');
    await page.waitForSelector(`${CARD}[data-status="unrecognized"]`);
    await page.press('Escape');
    await page.evaluate(() => getSelection()?.removeAllRanges());
  });

  it('opens the card from the keyboard and moves focus into it', async () => {
    const { x, y } = await markCenter(page, 'email', 'riley.quinn@mailbox.example');
    await page.mouseMove(x + 200, y);
    await page.press('Alt+Shift+KeyL');
    await page.waitForSelector(`${CARD}[data-status="match"]`);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('screen-pop-ui');
    await page.press('Escape');
  });

  it('applies a setting change to the open page without a reload', async () => {
    expect(await markedTexts(page, 'email')).not.toEqual([]);
    const options = await env.session.openExtensionPage('options.html');
    await options.click('input[name="detector-email"]');
    await options.waitForSelector('[data-testid="preferences-message"].ok');
    await page.waitFor(() => [...(CSS.highlights.get('screen-pop-email') ?? [])].length === 0);
    await options.click('input[name="detector-email"]');
    await page.waitFor(() => [...(CSS.highlights.get('screen-pop-email') ?? [])].length > 0);
    await options.close();
  });

  it('switches between a block list and an allow list of sites, and when screen-pop pops, from the settings', async () => {
    const options = await env.session.openExtensionPage('options.html');
    // An empty allow list: screen-pop runs nowhere, so the open page loses its marks.
    await options.click('input[name="siteMode"][value="allow"]');
    await page.waitFor(() => [...(CSS.highlights.get('screen-pop-phone') ?? [])].length === 0);
    await options.click('input[name="siteMode"][value="block"]');
    await page.waitFor(() => [...(CSS.highlights.get('screen-pop-phone') ?? [])].length > 0);

    const popOn = () =>
      env.session.extensionEval(
        async () =>
          ((await chrome.storage.local.get('screenPopSettings')).screenPopSettings as { popOn?: string } | undefined)?.popOn,
      );
    await options.click('input[name="popOn"][value="connected"]');
    await expect.poll(popOn).toBe('connected');
    await options.click('input[name="popOn"][value="alerting"]');
    await expect.poll(popOn).toBe('alerting');
    await options.close();
  });

  it('lists every value on the page in the details window, those below the fold too, and looks one up', async () => {
    const thread = await env.session.openPage(env.fixtures.url('long-thread.html'));
    await openCard(thread, 'phone', '(617) 555-0142', 'match');
    const popup = await openDetailsWindow(env.session, thread);
    await popup.waitForSelector('[data-testid="page-marks"]');
    await popup.click('[data-testid="page-marks"] summary');
    // In page order; not the draft hidden in a collapsed section.
    expect(
      await popup.evaluate(() => [...document.querySelectorAll('[data-testid="page-marks"] li')].map((item) => item.textContent)),
    ).toEqual(['(617) 555-0142', '+44 161 496 0753', 'Riley Quinn']);
    await popup.click('[data-testid="page-marks"] li:nth-child(2) button');
    await waitForText(popup, '[data-testid="contact-name"]', 'Oliver Bennett');
    await popup.close();
    await thread.close();
  });

  it('pauses on this site from the popup, and resumes with one click', async () => {
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    const popup = await openDetailsWindow(env.session, page);
    await popup.waitForSelector('[data-testid="pause-site"]');
    expect(await popup.text('[data-testid="pause-site"]')).toBe('Pause on 127.0.0.1');
    await popup.click('[data-testid="pause-site"]');
    await page.waitFor(() => [...(CSS.highlights.get('screen-pop-phone') ?? [])].length === 0);
    await popup.click('[data-testid="pause-site"]');
    await page.waitFor(() => [...(CSS.highlights.get('screen-pop-phone') ?? [])].length > 0);
    await popup.close();
  });
});

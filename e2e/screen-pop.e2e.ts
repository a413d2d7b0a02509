import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, SEEDED_AGENTS } from '../emulator/seed';
import { startEmulator, type Emulator } from '../emulator/server';
import { BROWSERS, launchBrowser, type ExtensionSession } from './harness/extension-session';
import { watchNotifications } from './harness/notifications';
import { waitForText } from './harness/popup';
import { signIn } from './harness/sign-in';

const agent = SEEDED_AGENTS.alex;

describe.each(BROWSERS)('%s: screen-pop when an interaction arrives', (browserName) => {
  let session: ExtensionSession;
  let emulator: Emulator;
  let notifications: () => Promise<string[]>;

  /** Waits until the extension's channel has a live socket. */
  const channelConnected = async () => {
    await expect
      .poll(async () => (await emulator.control.listChannels()).some((c) => c.connected), { timeout: 15_000 })
      .toBe(true);
  };
  const badge = () => session.extensionEval(() => chrome.action.getBadgeText({}));
  const lookupsOf = async (value: string) =>
    (await emulator.control.listRequests('/api/v2/externalcontacts/reversewhitepageslookup')).filter(
      (r) => r.query.lookupVal === value,
    );

  beforeAll(async () => {
    emulator = await startEmulator();
    session = await launchBrowser(browserName);
    await (await signIn(session, emulator, 'alex')).close();
    notifications = await watchNotifications(session);
  });
  afterAll(async () => {
    await session.close();
    await emulator.close();
  });

  it('subscribes to the agent’s conversations topic once signed in', async () => {
    await channelConnected();
    const [channel] = await emulator.control.listChannels();
    expect(channel?.topics).toEqual([`v2.users.${agent.id}.conversations`]);
  });

  it('pops an inbound call once: lookup, notification, badge, and the details window aimed at the call', async () => {
    const call = await emulator.control.deliverInteraction({
      userId: agent.id,
      mediaType: 'call',
      address: '+16175550142',
      customerName: 'Dana',
    });
    const popup = await session.waitForPage('popup.html', 15_000);
    await waitForText(popup, '[data-testid="contact-name"]', 'Dana Whitfield');
    await popup.waitForSelector('[data-testid="conversation-single"]');
    expect(await popup.text('[data-testid="conversation-single"]')).toContain('+16175550142');
    await expect.poll(badge).toBe('1');
    expect(await notifications()).toEqual([`screen-pop:${call.id ?? ''}`]);
    // Genesys repeats the conversation on every participant change: still one pop, one lookup.
    await emulator.control.connectConversation(call.id ?? '');
    await new Promise((r) => setTimeout(r, 500));
    expect(await lookupsOf('+16175550142')).toHaveLength(1);

    await popup.click('[data-testid="associate-button"]');
    await popup.waitForSelector('[data-testid="associate-result"].ok');
    expect((await emulator.control.listAssociations()).map((a) => [a.conversationId, a.externalContactId])).toEqual([
      [call.id, KNOWN_CONTACTS.danaWhitfield.id],
    ]);

    await emulator.control.endConversation(call.id ?? '');
    await expect.poll(badge).toBe('');
    await popup.close();
  });

  it('comes back after the WebSocket drops, and the next interaction still pops', async () => {
    await emulator.control.dropSockets();
    await channelConnected();
    await emulator.control.deliverInteraction({
      userId: agent.id,
      mediaType: 'email',
      address: 'oliver.bennett@fabrikam-logistics.example',
    });
    const popup = await session.waitForPage('popup.html', 15_000);
    await waitForText(popup, '[data-testid="contact-name"]', 'Oliver Bennett');
    await expect.poll(badge).toBe('1');
    await popup.close();
  });

  it('pops an interaction that arrived while the socket was down, once it reconnects', async () => {
    await emulator.control.dropSockets();
    const missed = await emulator.control.deliverInteraction({ userId: agent.id, mediaType: 'call', address: '+353851234567' });
    await channelConnected();
    const popup = await session.waitForPage('popup.html', 20_000);
    await waitForText(popup, '[data-testid="contact-name"]', 'Riley Quinn');
    expect(await notifications()).toContain(`screen-pop:${missed.id ?? ''}`);
    await popup.close();
  });
});

describe('chromium: screen-pop survives the service worker being stopped', () => {
  let session: ExtensionSession;
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator();
    session = await launchBrowser('chromium');
    await (await signIn(session, emulator, 'alex')).close();
  });
  afterAll(async () => {
    await session.close();
    await emulator.close();
  });

  it('reconnects the saved channel when the worker starts again, and pops what arrived meanwhile', async () => {
    await expect
      .poll(async () => (await emulator.control.listChannels()).some((c) => c.connected), { timeout: 15_000 })
      .toBe(true);
    const [before] = await emulator.control.listChannels();
    await session.stopBackground?.();
    await expect.poll(async () => (await emulator.control.listChannels()).some((c) => c.connected)).toBe(false);
    const missed = await emulator.control.deliverInteraction({ userId: agent.id, mediaType: 'call', address: '+16175550142' });
    // Any event wakes the worker (in the field: the keep-alive alarm, within a minute).
    await (await session.openExtensionPage('options.html')).close();
    await expect
      .poll(async () => (await emulator.control.listChannels()).some((c) => c.connected), { timeout: 15_000 })
      .toBe(true);
    expect((await emulator.control.listChannels()).map((c) => c.id)).toEqual([before?.id]);
    const popup = await session.waitForPage('popup.html', 15_000);
    await waitForText(popup, '[data-testid="contact-name"]', 'Dana Whitfield');
    expect(await popup.text('[data-testid="conversation-single"]')).toContain('+16175550142');
    await emulator.control.endConversation(missed.id ?? '');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, SEEDED_AGENTS } from '../emulator/seed';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import { watchNotifications } from './harness/notifications';
import { waitForText } from './harness/popup';

const agent = SEEDED_AGENTS.alex;

describe.each(BROWSERS)('%s: screen-pop when an interaction arrives', (browserName) => {
  const env = useExtension(browserName, { signIn: 'alex' });
  let notifications: () => Promise<string[]>;

  /** Waits until the extension's channel has a live socket. */
  const channelConnected = async () => {
    await expect
      .poll(async () => (await env.emulator.control.listChannels()).some((c) => c.connected), { timeout: 15_000 })
      .toBe(true);
  };
  const badge = () => env.session.extensionEval(() => chrome.action.getBadgeText({}));
  const lookupsOf = async (value: string) =>
    (await env.emulator.control.listRequests('/api/v2/externalcontacts/reversewhitepageslookup')).filter(
      (r) => r.query.lookupVal === value,
    );

  beforeAll(async () => {
    notifications = await watchNotifications(env.session);
  });

  it('subscribes to the agent’s conversations topic once signed in', async () => {
    await channelConnected();
    const [channel] = await env.emulator.control.listChannels();
    expect(channel?.topics).toEqual([`v2.users.${agent.id}.conversations`]);
  });

  it('pops an inbound call once: lookup, notification, badge, and the details window aimed at the call', async () => {
    const call = await env.emulator.control.deliverInteraction({
      userId: agent.id,
      mediaType: 'call',
      address: '+16175550142',
      customerName: 'Dana',
    });
    const popup = await env.session.waitForPage('popup.html', 15_000);
    await waitForText(popup, '[data-testid="contact-name"]', 'Dana Whitfield');
    await popup.waitForSelector('[data-testid="conversation-single"]');
    expect(await popup.text('[data-testid="conversation-single"]')).toMatch(/^Call with Dana \(\+16175550142\), started /);
    await expect.poll(badge).toBe('1');
    expect(await notifications()).toEqual([`screen-pop:${call.id ?? ''}`]);
    // Genesys repeats the conversation on every participant change: still one pop, one lookup.
    await env.emulator.control.connectConversation(call.id ?? '');
    await new Promise((r) => setTimeout(r, 500));
    expect(await lookupsOf('+16175550142')).toHaveLength(1);

    await popup.click('[data-testid="associate-button"]');
    await popup.waitForSelector('[data-testid="associate-result"].ok');
    expect((await env.emulator.control.listAssociations()).map((a) => [a.conversationId, a.externalContactId])).toEqual([
      [call.id, KNOWN_CONTACTS.danaWhitfield.id],
    ]);

    await env.emulator.control.endConversation(call.id ?? '');
    await expect.poll(badge).toBe('');
    await popup.close();
  });

  it('comes back after the WebSocket drops, and the next interaction still pops', async () => {
    await env.emulator.control.dropSockets();
    await channelConnected();
    await env.emulator.control.deliverInteraction({
      userId: agent.id,
      mediaType: 'email',
      address: 'oliver.bennett@fabrikam-logistics.example',
    });
    const popup = await env.session.waitForPage('popup.html', 15_000);
    await waitForText(popup, '[data-testid="contact-name"]', 'Oliver Bennett');
    await expect.poll(badge).toBe('1');
    await popup.close();
  });

  it('pops an interaction that arrived while the socket was down, once it reconnects', async () => {
    await env.emulator.control.dropSockets();
    const missed = await env.emulator.control.deliverInteraction({
      userId: agent.id,
      mediaType: 'call',
      address: '+353851234567',
    });
    await channelConnected();
    const popup = await env.session.waitForPage('popup.html', 20_000);
    await waitForText(popup, '[data-testid="contact-name"]', 'Riley Quinn');
    expect(await notifications()).toContain(`screen-pop:${missed.id ?? ''}`);
    await popup.close();
  });
});

describe('chromium: screen-pop survives the service worker being stopped', () => {
  const env = useExtension('chromium', { signIn: 'alex' });

  it('reconnects the saved channel when the worker starts again, and pops what arrived meanwhile', async () => {
    await expect
      .poll(async () => (await env.emulator.control.listChannels()).some((c) => c.connected), { timeout: 15_000 })
      .toBe(true);
    const [before] = await env.emulator.control.listChannels();
    await env.session.stopBackground?.();
    await expect.poll(async () => (await env.emulator.control.listChannels()).some((c) => c.connected)).toBe(false);
    const missed = await env.emulator.control.deliverInteraction({
      userId: agent.id,
      mediaType: 'call',
      address: '+16175550142',
    });
    // Any event wakes the worker (in the field: the keep-alive alarm, within a minute): here, the
    // settings page asking it for its status. Closed before it asked, it would wake nothing.
    const options = await env.session.openExtensionPage('options.html');
    await options.waitForSelector('[data-status="connected"]');
    await options.close();
    await expect
      .poll(async () => (await env.emulator.control.listChannels()).some((c) => c.connected), { timeout: 15_000 })
      .toBe(true);
    expect((await env.emulator.control.listChannels()).map((c) => c.id)).toEqual([before?.id]);
    const popup = await env.session.waitForPage('popup.html', 15_000);
    await waitForText(popup, '[data-testid="contact-name"]', 'Dana Whitfield');
    expect(await popup.text('[data-testid="conversation-single"]')).toContain('+16175550142');
    await env.emulator.control.endConversation(missed.id ?? '');
  });
});

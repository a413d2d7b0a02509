import { browser } from 'wxt/browser';
import { conversationsTopic } from '../screen-pop/channel-messages';
import { createNotificationChannel } from '../screen-pop/notification-channel';
import { createScreenPop } from '../screen-pop/screen-pop-service';
import { currentPreferences } from '../settings/current';
import { screenPopSettings } from '../storage/settings';
import { authSession, notificationChannel, popState, popupFocus } from '../storage/session';
import { openPopup } from './open-popup';
import { registerNotificationClicks, setPopBadge, showPopNotification } from './screen-pop-ui';
import type { BackgroundServices } from './services';

const KEEPALIVE_ALARM = 'screen-pop-keepalive';

/**
 * Screen-pop in the background: the Notifications API channel for the signed-in agent's
 * conversations, kept connected across service-worker restarts (an alarm wakes the background
 * every minute and reconnects when needed), feeding the pop service.
 */
export function registerScreenPop(services: BackgroundServices): void {
  const { auth, api, lookups } = services;
  const agentId = async () => {
    const status = await auth.status();
    return status.state === 'signed-in' ? status.agent?.id : undefined;
  };

  const pops = createScreenPop({
    settings: () => screenPopSettings.getValue(),
    agentId,
    defaultCountry: async () => (await currentPreferences()).value.defaultCountry,
    // Who is calling right now: never an answer from before the call.
    lookup: (query) => lookups.lookup(query, { maxAgeMs: 0 }),
    state: { get: () => popState.getValue(), set: (state) => popState.setValue(state) },
    associate: async (interaction, contactId) => {
      await (
        await api()
      ).associateConversation({
        conversationId: interaction.conversationId,
        communicationId: interaction.communicationId,
        mediaType: interaction.mediaType,
        externalContactId: contactId,
      });
    },
    notify: showPopNotification,
    setBadge: setPopBadge,
    focus: (focus) => popupFocus.setValue({ ...focus, at: Date.now() }),
    openWindow: openPopup,
    now: Date.now,
  });

  const channel = createNotificationChannel({
    topic: async () => {
      const id = await agentId();
      return id && (await screenPopSettings.getValue()).enabled ? conversationsTopic(id) : undefined;
    },
    createChannel: async () => (await api()).createChannel(),
    channelExists: async (id) => (await api()).channelExists(id),
    subscribe: async (id, topics) => (await api()).subscribe(id, topics),
    openSocket: (url) => new WebSocket(url),
    saved: {
      get: () => notificationChannel.getValue(),
      set: (saved) => (saved ? notificationChannel.setValue(saved) : notificationChannel.removeValue()),
    },
    onMessage: (message) => {
      if (message.type !== 'conversation') return;
      void agentId().then((id) => {
        if (id === message.userId) void pops.handle(message.conversation);
      });
    },
    // Whatever arrived while the socket was down is in the agent's active conversations.
    onConnected: () => {
      void api()
        .then((client) => client.getConversations())
        .then((listing) => {
          for (const conversation of listing.entities ?? []) void pops.handle(conversation);
        })
        .catch(() => undefined);
    },
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: Date.now,
    random: Math.random,
  });

  registerNotificationClicks();
  void browser.alarms.create(KEEPALIVE_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === KEEPALIVE_ALARM) channel.ensure();
  });
  // Sign-in, sign-out and the on/off switch all change what the channel should be doing.
  const restart = async () => {
    await channel.stop(true);
    await setPopBadge(0);
    channel.start();
  };
  authSession.watch((next, previous) => {
    if (next?.agent.id !== previous?.agent.id) void restart();
  });
  screenPopSettings.watch((next, previous) => {
    if (next.enabled !== previous.enabled) void restart();
  });
  channel.start();
}

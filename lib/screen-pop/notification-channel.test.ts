import { beforeEach, describe, expect, it } from 'vitest';
import { conversationsTopic, type ChannelMessage } from './channel-messages';
import {
  createNotificationChannel,
  PING_MS,
  RENEW_BEFORE_MS,
  SILENCE_MS,
  type ChannelDeps,
  type SavedChannel,
  type SocketLike,
} from './notification-channel';

type Listener = (event: { data: unknown }) => void;

class FakeSocket implements SocketLike {
  sent: string[] = [];
  closed = false;
  private readonly listeners = new Map<string, Listener[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.closed = true;
  }
  emit(type: 'open' | 'close' | 'error' | 'message', data?: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
}

const TOPIC = conversationsTopic('agent-1');
const heartbeat = JSON.stringify({ topicName: 'channel.metadata', eventBody: { message: 'WebSocket Heartbeat' } });

function setup(channelLifetimeMs = 24 * 3600_000) {
  let now = 1_000_000;
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 1;
  let channelCount = 0;
  let saved: SavedChannel | null = null;
  let signedIn = true;
  let failCreates = 0;
  const sockets: FakeSocket[] = [];
  const messages: ChannelMessage[] = [];
  const events: string[] = [];
  const existing = new Set<string>();

  const deps: ChannelDeps = {
    topic: () => Promise.resolve(signedIn ? TOPIC : undefined),
    createChannel: () => {
      if (failCreates > 0) {
        failCreates -= 1;
        return Promise.reject(new Error('503'));
      }
      channelCount += 1;
      const id = `ch-${String(channelCount)}`;
      existing.add(id);
      events.push(`create ${id}`);
      return Promise.resolve({
        id,
        connectUri: `wss://stream.test/${id}`,
        expires: new Date(now + channelLifetimeMs).toISOString(),
      });
    },
    channelExists: (id) => Promise.resolve(existing.has(id)),
    subscribe: (id, topics) => {
      events.push(`subscribe ${id} ${topics.join(',')}`);
      return Promise.resolve({ entities: topics.map((topic) => ({ id: topic, state: 'Permitted' })) });
    },
    openSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    saved: {
      get: () => Promise.resolve(saved),
      set: (channel) => {
        saved = channel;
        return Promise.resolve();
      },
    },
    onMessage: (message) => messages.push(message),
    onConnected: () => events.push('connected'),
    setTimer: (callback, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, callback, id });
      return id;
    },
    clearTimer: (handle) => {
      timers = timers.filter((t) => t.id !== handle);
    },
    now: () => now,
    random: () => 1,
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.callback();
      await settle();
    }
    now = until;
  };
  return {
    channel: createNotificationChannel(deps),
    deps,
    sockets,
    messages,
    events,
    existing,
    settle,
    advance,
    last: () => sockets.at(-1) ?? expect.fail('no socket'),
    signOut: () => (signedIn = false),
    failNextCreates: (n: number) => (failCreates = n),
    saved: () => saved,
  };
}

describe('notification channel', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('creates a channel, subscribes to the agent’s conversations, connects and passes events on', async () => {
    t.channel.start();
    await t.settle();
    expect(t.events).toEqual(['create ch-1', `subscribe ch-1 ${TOPIC}`]);
    t.last().emit('open');
    expect(t.channel.status).toBe('open');
    expect(t.events.at(-1)).toBe('connected');
    t.last().emit('message', JSON.stringify({ topicName: TOPIC, eventBody: { id: 'conv-1', participants: [] } }));
    t.last().emit('message', heartbeat);
    t.last().emit('message', 'not json');
    expect(t.messages).toEqual([
      { type: 'conversation', userId: 'agent-1', conversation: { id: 'conv-1', participants: [] } },
      { type: 'heartbeat' },
    ]);
  });

  it('pings to keep the socket (and Chrome’s service worker) alive', async () => {
    t.channel.start();
    await t.settle();
    t.last().emit('open');
    await t.advance(PING_MS * 2 + 1);
    expect(t.last().sent).toEqual(['{"message":"ping"}', '{"message":"ping"}']);
  });

  it('reconnects with backoff after the socket drops, to the same channel', async () => {
    t.channel.start();
    await t.settle();
    t.last().emit('open');
    t.last().emit('close');
    expect(t.channel.status).toBe('waiting');
    await t.advance(999);
    expect(t.sockets).toHaveLength(1);
    await t.advance(1);
    expect(t.sockets).toHaveLength(2);
    expect(t.last().url).toBe('wss://stream.test/ch-1');
    t.last().emit('open');
    expect(t.events.filter((e) => e === 'connected')).toHaveLength(2);
  });

  it('backs off further while failures continue, at most a minute apart', async () => {
    t.failNextCreates(20);
    t.channel.start();
    await t.settle();
    const gaps = [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000];
    for (const gap of gaps) {
      expect(t.sockets).toHaveLength(0);
      await t.advance(gap);
    }
    expect(t.channel.status).toBe('waiting');
  });

  it('reconnects when the socket goes silent', async () => {
    t.channel.start();
    await t.settle();
    t.last().emit('open');
    await t.advance(SILENCE_MS - 1);
    t.last().emit('message', heartbeat);
    await t.advance(SILENCE_MS - 1);
    expect(t.sockets).toHaveLength(1);
    await t.advance(1);
    await t.settle();
    expect(t.sockets[0]?.closed).toBe(true);
    expect(t.sockets).toHaveLength(2);
  });

  it('reconnects at once when the server warns it is closing the socket', async () => {
    t.channel.start();
    await t.settle();
    t.last().emit('open');
    t.last().emit('message', JSON.stringify({ topicName: 'v2.system.socket_closing', eventBody: {} }));
    await t.settle();
    expect(t.sockets[0]?.closed).toBe(true);
    expect(t.sockets).toHaveLength(2);
  });

  it('makes a new channel before the old one expires', async () => {
    t = setup(RENEW_BEFORE_MS + 2 * 60_000);
    t.channel.start();
    await t.settle();
    t.last().emit('open');
    // A live socket: heartbeats every 30 s until the channel nears its expiry.
    for (let elapsed = 0; elapsed <= 2 * 60_000; elapsed += 30_000) {
      t.last().emit('message', heartbeat);
      await t.advance(30_000);
    }
    await t.settle();
    expect(t.events.filter((e) => e.startsWith('create'))).toEqual(['create ch-1', 'create ch-2']);
    expect(t.last().url).toBe('wss://stream.test/ch-2');
  });

  it('reuses a saved channel after a restart, and replaces one that expired meanwhile', async () => {
    t.channel.start();
    await t.settle();
    await t.channel.stop();
    const restarted = createNotificationChannel(t.deps);
    restarted.start();
    await t.settle();
    expect(t.events.filter((e) => e.startsWith('create'))).toEqual(['create ch-1']);
    expect(t.last().url).toBe('wss://stream.test/ch-1');

    await restarted.stop();
    t.existing.clear();
    const again = createNotificationChannel(t.deps);
    again.start();
    await t.settle();
    expect(t.events.filter((e) => e.startsWith('create'))).toEqual(['create ch-1', 'create ch-2']);
  });

  it('waits while signed out, and connects when the alarm finds the agent signed in', async () => {
    t.signOut();
    t.channel.start();
    await t.settle();
    expect(t.sockets).toHaveLength(0);
    expect(t.channel.status).toBe('waiting');
  });

  it('stops for good: closes the socket, forgets the channel, and does not reconnect', async () => {
    t.channel.start();
    await t.settle();
    t.last().emit('open');
    await t.channel.stop(true);
    t.sockets[0]?.emit('close');
    await t.advance(120_000);
    expect(t.sockets).toHaveLength(1);
    expect(t.sockets[0]?.closed).toBe(true);
    expect(t.saved()).toBeNull();
    expect(t.channel.status).toBe('stopped');
  });
});

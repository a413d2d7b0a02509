import type { Models } from 'purecloud-platform-client-v2';
import { parseChannelMessage, type ChannelMessage } from './channel-messages';

/** The part of a WebSocket the channel uses; the browser's WebSocket fits it. */
export interface SocketLike {
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** A channel worth reusing after the background restarts. */
export interface SavedChannel {
  id: string;
  connectUri: string;
  /** Epoch ms. */
  expiresAt: number;
  topic: string;
}

export type ChannelStatus = 'stopped' | 'connecting' | 'open' | 'waiting';

export interface ChannelDeps {
  /** The topic to subscribe to, or undefined while signed out. */
  topic(): Promise<string | undefined>;
  createChannel(): Promise<Models.Channel>;
  channelExists(id: string): Promise<boolean>;
  subscribe(id: string, topics: readonly string[]): Promise<Models.ChannelTopicEntityListing>;
  openSocket(url: string): SocketLike;
  saved: { get(): Promise<SavedChannel | null>; set(channel: SavedChannel | null): Promise<void> };
  onMessage(message: ChannelMessage): void;
  /** After every (re)connection: events sent while disconnected are gone, so catch up. */
  onConnected(): void;
  onStatus?(status: ChannelStatus): void;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  now(): number;
  random(): number;
}

/** A ping this often keeps Chrome's service worker alive and finds half-open sockets. */
export const PING_MS = 20_000;
/** Heartbeats come every 30 s: this long without any message means the socket is dead. */
export const SILENCE_MS = 75_000;
/** Channels live about a day; a new one is made this long before the old one expires. */
export const RENEW_BEFORE_MS = 10 * 60_000;
const RETRY_MAX_MS = 60_000;
const DAY_MS = 24 * 60 * 60_000;

/**
 * One Notifications API channel, kept connected: reused across background restarts while it
 * lives, re-created before it expires, reconnected with jittered backoff when the socket drops
 * or goes silent, and closed promptly when the server warns it is about to close it.
 */
export function createNotificationChannel(deps: ChannelDeps) {
  let status: ChannelStatus = 'stopped';
  let stopped = true;
  /** Read through a call: `stop()` may run while `connect()` awaits. */
  const isStopped = () => stopped;
  let socket: SocketLike | undefined;
  let attempt = 0;
  const timers = new Map<'ping' | 'silence' | 'renew' | 'retry', unknown>();

  const setStatus = (next: ChannelStatus) => {
    status = next;
    deps.onStatus?.(next);
  };
  const arm = (name: 'ping' | 'silence' | 'renew' | 'retry', callback: () => void, ms: number) => {
    deps.clearTimer(timers.get(name));
    timers.set(
      name,
      deps.setTimer(() => {
        timers.delete(name);
        callback();
      }, ms),
    );
  };
  const disarm = () => {
    for (const handle of timers.values()) deps.clearTimer(handle);
    timers.clear();
  };

  async function freshChannel(topic: string): Promise<SavedChannel> {
    const channel = await deps.createChannel();
    if (!channel.id || !channel.connectUri) throw new Error('Genesys Cloud returned a channel without an id or address.');
    const listing = await deps.subscribe(channel.id, [topic]);
    const rejected = listing.entities?.find((entry) => entry.id === topic && entry.state !== 'Permitted');
    if (rejected)
      throw new Error(`Genesys Cloud refused the subscription to ${topic}: ${rejected.rejectionReason ?? 'rejected'}.`);
    const expires = channel.expires ? Date.parse(channel.expires) : Number.NaN;
    const saved = {
      id: channel.id,
      connectUri: channel.connectUri,
      expiresAt: Number.isNaN(expires) ? deps.now() + DAY_MS : expires,
      topic,
    };
    await deps.saved.set(saved);
    return saved;
  }

  async function usableChannel(topic: string): Promise<SavedChannel> {
    const saved = await deps.saved.get();
    const fresh = saved?.topic === topic && saved.expiresAt - deps.now() > RENEW_BEFORE_MS;
    if (saved && fresh && (await deps.channelExists(saved.id))) return saved;
    return freshChannel(topic);
  }

  function scheduleRetry(): void {
    if (stopped) return;
    const delay = Math.min(RETRY_MAX_MS, 1000 * 2 ** attempt) * (0.5 + deps.random() / 2);
    attempt += 1;
    setStatus('waiting');
    arm('retry', () => void connect(), delay);
  }

  function reconnectNow(): void {
    const previous = socket;
    socket = undefined;
    disarm();
    previous?.close();
    setStatus('waiting');
    void connect();
  }

  function listen(channel: SavedChannel): void {
    const ws = deps.openSocket(channel.connectUri);
    socket = ws;
    const mine = () => socket === ws;
    const expectMessages = () => arm('silence', reconnectNow, SILENCE_MS);
    ws.addEventListener('open', () => {
      if (!mine()) return;
      attempt = 0;
      setStatus('open');
      expectMessages();
      const ping = () => {
        ws.send(JSON.stringify({ message: 'ping' }));
        arm('ping', ping, PING_MS);
      };
      arm('ping', ping, PING_MS);
      arm('renew', reconnectNow, Math.max(0, channel.expiresAt - RENEW_BEFORE_MS - deps.now()));
      deps.onConnected();
    });
    ws.addEventListener('message', (event) => {
      if (!mine()) return;
      expectMessages();
      const message = typeof event.data === 'string' ? parseChannelMessage(event.data) : undefined;
      if (message?.type === 'closing') reconnectNow();
      else if (message) deps.onMessage(message);
    });
    ws.addEventListener('close', () => {
      if (!mine()) return;
      socket = undefined;
      disarm();
      scheduleRetry();
    });
  }

  async function connect(): Promise<void> {
    if (stopped || status === 'connecting' || status === 'open') return;
    setStatus('connecting');
    try {
      const topic = await deps.topic();
      if (!topic) {
        setStatus('waiting');
        return;
      }
      const channel = await usableChannel(topic);
      if (isStopped()) return;
      listen(channel);
    } catch {
      scheduleRetry();
    }
  }

  return {
    get status(): ChannelStatus {
      return status;
    },
    start(): void {
      if (!stopped) return;
      stopped = false;
      setStatus('waiting');
      void connect();
    },
    /** Called by the keep-alive alarm: reconnects a channel that is neither open nor on its way. */
    ensure(): void {
      if (!stopped && status === 'waiting' && !timers.has('retry')) void connect();
    },
    /** Stops for good (sign-out, screen-pop switched off); `forget` drops the saved channel too. */
    async stop(forget = false): Promise<void> {
      stopped = true;
      const previous = socket;
      socket = undefined;
      disarm();
      previous?.close();
      setStatus('stopped');
      if (forget) await deps.saved.set(null);
    },
  };
}

import WebSocket, { type RawData } from 'ws';
import type { AccessToken } from '../oauth/sessions';
import type { ChannelRecord } from './channel-registry';
import { HEARTBEAT, PONG, socketClosing, type ClosingReason, type NotificationMessage } from './messages';

/** "Clients have about 1 minute to reconnect" after `v2.system.socket_closing` (facts file, 3.3). */
export const CLOSING_WARNING_MS = 60_000;
/** Longer delays overflow Node's timers, which then fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** How long a closing handshake may take when the emulator shuts down. */
const SHUTDOWN_GRACE_MS = 1000;

/** What a connection needs from the service that owns it. */
export interface ConnectionContext {
  heartbeatMs: number;
  /** The channel's token as issued, undefined once forgotten. */
  token(): AccessToken | undefined;
  sent(message: NotificationMessage): void;
  closed(connection: ChannelConnection): void;
}

function isPing(data: RawData): boolean {
  const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? Buffer.from(data) : data;
  const text = bytes.toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && 'message' in parsed && parsed.message === 'ping';
  } catch {
    return false;
  }
}

/**
 * One client's socket on a channel: heartbeats, ping/pong, and the end of the socket when its
 * token or channel ends (call `review()` once it is registered). Other client messages (a
 * third-party client's in-band `subscribe`) are ignored, as the reference cannot confirm them.
 */
export class ChannelConnection {
  private readonly heartbeat: NodeJS.Timeout;
  private deadline?: NodeJS.Timeout;
  private warned = false;
  private ended = false;
  private readonly done: Promise<void>;

  constructor(
    readonly channel: ChannelRecord,
    private readonly socket: WebSocket,
    private readonly context: ConnectionContext,
  ) {
    this.heartbeat = setInterval(() => {
      this.send(HEARTBEAT);
    }, context.heartbeatMs);
    this.done = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('message', (data, isBinary) => {
      if (!isBinary && isPing(data)) this.send(PONG);
    });
    // A malformed frame from the client: ws closes the socket itself; nothing else to do.
    socket.on('error', () => undefined);
    socket.once('close', () => {
      this.end();
    });
  }

  send(message: NotificationMessage): void {
    if (this.ended || this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(JSON.stringify(message));
    this.context.sent(message);
  }

  /**
   * Ends the socket if its token is no longer good or its channel has expired, warns a minute
   * before the channel expires, and waits for the next of those moments. Called again whenever
   * tokens are revoked or the channel's expiry moves.
   */
  review(now = Date.now()): void {
    if (this.ended) return;
    const token = this.context.token();
    if (!token || token.revoked || token.expiresAt <= now) {
      this.close(1000, 'The token expired or was revoked.', token && !token.revoked ? 'token-expired' : 'token-revoked');
      return;
    }
    const warnAt = this.channel.expiresAt - CLOSING_WARNING_MS;
    if (!this.warned && warnAt <= now) {
      this.warned = true;
      this.send(socketClosing(this.channel, 'channel-expiring'));
    }
    if (this.channel.expiresAt <= now) {
      this.close(1000, 'The channel expired.');
      return;
    }
    const next = Math.min(token.expiresAt, this.warned ? this.channel.expiresAt : warnAt);
    clearTimeout(this.deadline);
    this.deadline = setTimeout(
      () => {
        this.review();
      },
      Math.min(next - now, MAX_TIMER_MS),
    );
  }

  /** A close frame, after a `v2.system.socket_closing` message when there is a reason to give. */
  close(code: number, reason: string, closing?: ClosingReason): void {
    if (this.ended) return;
    if (closing) this.send(socketClosing(this.channel, closing));
    this.socket.close(code, reason);
    this.end();
  }

  /** Ends the TCP connection without a close frame, as a network drop would. */
  drop(): void {
    this.socket.terminate();
    this.end();
  }

  /** Closes with "going away"; a client that does not answer the handshake is cut off. */
  async shutdown(): Promise<void> {
    this.close(1001, 'The emulator is shutting down.');
    const cutOff = setTimeout(() => {
      this.socket.terminate();
    }, SHUTDOWN_GRACE_MS);
    await this.done;
    clearTimeout(cutOff);
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.deadline);
    this.context.closed(this);
  }
}

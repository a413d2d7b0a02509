import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CappedLog } from '../capped-log';
import type { ConversationEvent, ConversationHub } from '../conversations';
import { badCredentials, errorBody, notFound, type ApiError } from '../errors';
import { Query } from '../http';
import type { AccessToken, AuthStore } from '../oauth/sessions';
import type { RecordedRequest } from '../request-log';
import type { EmulatorConfig } from '../state';
import { ChannelConnection } from './channel-connection';
import { ChannelRegistry, type ChannelRecord } from './channel-registry';
import { topicMessage, type NotificationMessage } from './messages';
import { topicEventsFor } from './topics';

/** A channel as the control API reports it. */
export interface ChannelInfo {
  id: string;
  connectUri: string;
  userId?: string;
  clientId: string;
  topics: string[];
  /** Whether a client's socket is open on it. */
  connected: boolean;
  expires: string;
}

/** One message the emulator wrote on a channel's socket. */
export interface RecordedNotification {
  channelId: string;
  userId?: string;
  topicName: string;
  timestamp: string;
  message: NotificationMessage;
}

interface Dependencies {
  auth: AuthStore;
  conversations: ConversationHub;
  requests: CappedLog<RecordedRequest>;
  config: () => EmulatorConfig;
}

const CHANNEL_PATH = /^\/channels\/([^/]+)\/?$/;

/** An HTTP answer on a socket that asked to upgrade, in the API's error shape. */
function refuse(socket: Duplex, error: ApiError, correlationId: string): void {
  const body = JSON.stringify(errorBody(error, correlationId));
  const head = [
    `HTTP/1.1 ${String(error.status)} ${STATUS_CODES[error.status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${String(Buffer.byteLength(body))}`,
    `inin-correlation-id: ${correlationId}`,
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * The Notifications API: channels, their sockets (`GET /channels/{id}` upgrades on the emulator's
 * own server) and the conversation events published to them.
 */
export class NotificationService {
  readonly channels = new ChannelRegistry();
  /** Every message written on a socket, for tests to read. */
  readonly log = new CappedLog<RecordedNotification>();
  private readonly connections = new Map<string, ChannelConnection>();
  private readonly server = new WebSocketServer({ noServer: true });
  private origin = 'ws://127.0.0.1';

  constructor(private readonly deps: Dependencies) {
    deps.conversations.subscribe((event) => {
      this.publish(event);
    });
    deps.auth.onRevocation(() => {
      for (const connection of this.connections.values()) connection.review();
    });
  }

  /** Takes the HTTP server's upgrade requests; connect URIs name its port. */
  attach(server: Server): void {
    this.origin = `ws://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.upgrade(req, socket, head);
    });
  }

  connectUri(channel: ChannelRecord): string {
    return `${this.origin}/channels/${channel.id}`;
  }

  createChannel(token: AccessToken): ChannelRecord {
    const lifetimeMs = this.deps.config().channelLifetimeSeconds * 1000;
    const { channel, evicted } = this.channels.create(token, lifetimeMs, (candidate) => this.connections.has(candidate.id));
    if (evicted) this.connections.get(evicted.id)?.close(1000, 'The channel was removed.', 'channel-removed');
    return channel;
  }

  listChannels(): ChannelInfo[] {
    return this.channels.list().map((channel) => ({
      id: channel.id,
      connectUri: this.connectUri(channel),
      userId: channel.userId,
      clientId: channel.clientId,
      topics: [...channel.topics],
      connected: this.connections.has(channel.id),
      expires: new Date(channel.expiresAt).toISOString(),
    }));
  }

  /** Cuts every socket off without a close frame; the channels stay, so clients can reconnect. */
  dropSockets(): number {
    const connections = [...this.connections.values()];
    for (const connection of connections) connection.drop();
    return connections.length;
  }

  /** Ends every channel now: sockets get `v2.system.socket_closing`, then a close frame. */
  expireChannels(now = Date.now()): number {
    const channels = this.channels.list(() => true, now);
    for (const channel of channels) {
      channel.expiresAt = now;
      this.connections.get(channel.id)?.review(now);
      this.channels.remove(channel.id);
    }
    return channels.length;
  }

  /** `all` also forgets the channels (call it after the tokens: that closes their sockets). */
  reset(scope: 'data' | 'all'): void {
    this.log.clear();
    if (scope === 'all') this.channels.clear();
  }

  async close(): Promise<void> {
    await Promise.all([...this.connections.values()].map((connection) => connection.shutdown()));
    // Sockets already closing (replaced or expired) whose client has not answered yet.
    for (const socket of this.server.clients) socket.terminate();
    this.server.close();
  }

  private publish(event: ConversationEvent): void {
    for (const batch of topicEventsFor(event)) {
      const correlationId = randomUUID();
      for (const { topicName, eventBody } of batch) {
        const message = topicMessage(topicName, eventBody, correlationId);
        for (const connection of this.connections.values()) {
          if (connection.channel.topics.has(topicName)) connection.send(message);
        }
      }
    }
  }

  /** Only an unexpired channel whose token is still good may connect. */
  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const id = CHANNEL_PATH.exec(url.pathname)?.[1];
    const channel = id === undefined ? undefined : this.channels.get(id);
    const correlationId = randomUUID();
    const record = (status: number) => {
      this.deps.requests.add({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: new Query(url.searchParams).toRecord(),
        status,
        userId: channel?.userId,
        clientId: channel?.clientId,
        correlationId,
        timestamp: new Date().toISOString(),
      });
    };
    if (!channel || !this.deps.auth.validToken(channel.token)) {
      const error = channel ? badCredentials() : notFound();
      record(error.status);
      refuse(socket, error, correlationId);
      return;
    }
    this.server.handleUpgrade(req, socket, head, (webSocket) => {
      record(101);
      this.connect(channel, webSocket);
    });
  }

  /** "One connection per channel": a new connection replaces the one before it. */
  private connect(channel: ChannelRecord, socket: WebSocket): void {
    this.connections.get(channel.id)?.close(1000, 'Another connection to the channel replaced this one.');
    channel.lastUsedAt = Date.now();
    const connection = new ChannelConnection(channel, socket, {
      heartbeatMs: this.deps.config().heartbeatSeconds * 1000,
      token: () => this.deps.auth.get(channel.token),
      sent: (message) => {
        const { id: channelId, userId } = channel;
        this.log.add({ channelId, userId, topicName: message.topicName, timestamp: new Date().toISOString(), message });
      },
      closed: (ended) => {
        if (this.connections.get(channel.id) === ended) this.connections.delete(channel.id);
      },
    });
    this.connections.set(channel.id, connection);
    connection.review();
  }
}

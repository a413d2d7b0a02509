/**
 * Helpers for tests that use the Notifications API as the extension would: over REST and a real
 * WebSocket client.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import WebSocket from 'ws';
import { startEmulator, type Emulator } from '../server';
import { json, signedIn, type ApiClient } from '../testing';
import type { NotificationMessage } from './messages';

export type OpenChannel = Required<Pick<Models.Channel, 'id' | 'connectUri' | 'expires'>>;

/** Creates a channel and subscribes it to the topics. */
export async function openChannel(api: ApiClient, topics: string[] = []): Promise<OpenChannel> {
  const channel = await json<OpenChannel>(await api('/api/v2/notifications/channels', { method: 'POST' }));
  if (topics.length > 0) {
    const body = topics.map((id) => ({ id }));
    const response = await api(`/api/v2/notifications/channels/${channel.id}/subscriptions`, { method: 'PUT', json: body });
    if (!response.ok) throw new Error(`Subscribing failed (${String(response.status)}): ${await response.text()}`);
  }
  return channel;
}

export interface Closed {
  code: number;
  reason: string;
}

/** A notification socket that keeps every message and waits for the ones a test expects. */
export class TestSocket {
  readonly messages: NotificationMessage[] = [];
  /** Receipt times, parallel to `messages`. */
  readonly receivedAt: number[] = [];
  /** The close code is 1006 when the server cut the connection without a close frame. */
  readonly closed: Promise<Closed>;
  private readonly arrivals = new Set<() => void>();

  private constructor(private readonly socket: WebSocket) {
    // With the default binaryType every frame arrives as one Buffer.
    socket.on('message', (data: Buffer) => {
      this.messages.push(JSON.parse(data.toString('utf8')) as NotificationMessage);
      this.receivedAt.push(Date.now());
      for (const arrival of this.arrivals) arrival();
    });
    this.closed = new Promise((resolve) => {
      socket.once('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
      });
    });
  }

  static connect(url: string): Promise<TestSocket> {
    const socket = new WebSocket(url);
    const client = new TestSocket(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        resolve(client);
      });
      socket.once('error', reject);
    });
  }

  /** Messages on a topic, in order. */
  on(topicName: string): NotificationMessage[] {
    return this.messages.filter((message) => message.topicName === topicName);
  }

  /** Resolves once `count` messages on the topic have arrived. */
  waitFor(topicName: string, count = 1, timeoutMs = 2000): Promise<NotificationMessage[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.on(topicName);
        if (found.length < count) return;
        this.arrivals.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.arrivals.delete(check);
        reject(new Error(`Timed out waiting for ${String(count)} × ${topicName}; got ${JSON.stringify(this.messages)}`));
      }, timeoutMs);
      this.arrivals.add(check);
      check();
    });
  }

  ping(): void {
    this.socket.send(JSON.stringify({ message: 'ping' }));
  }

  close(): Promise<Closed> {
    this.socket.close();
    return this.closed;
  }
}

/** How the emulator answered a WebSocket upgrade: 101 when it accepted, else the status and error body. */
export function upgrade(url: string): Promise<{ status: number; body?: Models.ErrorBody }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => {
      socket.once('close', () => {
        resolve({ status: 101 });
      });
      socket.close();
    });
    socket.once('unexpected-response', (request, response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Models.ErrorBody });
      });
    });
    socket.on('error', reject);
  });
}

/**
 * The hooks every notifications test file needs: one emulator for the file, reset and signed in
 * as Alex before each test, and every socket the test opened closed after it. Push sockets into
 * `sockets` to have them closed.
 */
export function notificationsTestEnvironment() {
  const env = { sockets: [] as TestSocket[] } as { emulator: Emulator; api: ApiClient; sockets: TestSocket[] };
  beforeAll(async () => {
    env.emulator = await startEmulator();
  });
  beforeEach(async () => {
    await env.emulator.control.reset('all');
    env.api = await signedIn(env.emulator, 'alex');
  });
  afterEach(async () => {
    await Promise.all(env.sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(() => env.emulator.close());
  return env;
}

import { describe, expect, it } from 'vitest';
import { SEEDED_AGENTS } from '../seed';
import { startEmulator } from '../server';
import { signedIn } from '../testing';
import { notificationsTestEnvironment, openChannel, TestSocket, upgrade } from './testing';

const env = notificationsTestEnvironment();

const METADATA = 'channel.metadata';
const CLOSING = 'v2.system.socket_closing';

async function connect(url: string): Promise<TestSocket> {
  const socket = await TestSocket.connect(url);
  env.sockets.push(socket);
  return socket;
}

describe('connecting', () => {
  it('accepts a socket for an unexpired channel and records the upgrade', async () => {
    const channel = await openChannel(env.api);
    expect(await upgrade(channel.connectUri)).toEqual({ status: 101 });
    const [recorded] = await env.emulator.control.listRequests('/channels/');
    const path = `/channels/${channel.id}`;
    expect(recorded).toMatchObject({ method: 'GET', path, status: 101, userId: SEEDED_AGENTS.alex.id });
  });

  it.each([
    ['an unknown channel', '/channels/streaming-0-unknown'],
    ['another path', '/somewhere'],
  ])('refuses %s with a 404', async (_, path) => {
    const { status, body } = await upgrade(`${env.emulator.url.replace('http:', 'ws:')}${path}`);
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'not.found', status: 404 });
  });

  it('refuses an expired channel', async () => {
    await env.emulator.control.setConfig({ channelLifetimeSeconds: 0.05 });
    const channel = await openChannel(env.api);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await upgrade(channel.connectUri)).status).toBe(404);
  });

  it.each([
    ['expired', () => env.emulator.control.expireTokens()],
    ['revoked', () => env.emulator.control.revokeTokens()],
  ])('refuses a channel whose token has %s with a 401', async (_, end) => {
    const channel = await openChannel(env.api);
    await end();
    expect(await upgrade(channel.connectUri)).toMatchObject({ status: 401, body: { code: 'bad.credentials' } });
  });

  it('lets a second connection replace the first', async () => {
    const channel = await openChannel(env.api);
    const first = await connect(channel.connectUri);
    const second = await connect(channel.connectUri);
    expect((await first.closed).code).toBe(1000);
    second.ping();
    await second.waitFor(METADATA);
    expect(await env.emulator.control.listChannels()).toMatchObject([{ id: channel.id, connected: true }]);
  });
});

describe('heartbeats and ping', () => {
  it('sends a heartbeat every heartbeatSeconds', async () => {
    await env.emulator.control.setConfig({ heartbeatSeconds: 0.1 });
    const socket = await connect((await openChannel(env.api)).connectUri);
    const started = Date.now();
    const beats = await socket.waitFor(METADATA, 3);
    expect(beats).toEqual(Array(3).fill({ topicName: METADATA, eventBody: { message: 'WebSocket Heartbeat' } }));
    const [first = 0, , third = 0] = socket.receivedAt;
    expect(first - started).toBeGreaterThanOrEqual(80);
    expect(third - first).toBeGreaterThanOrEqual(160);
    expect(third - first).toBeLessThan(600);
  });

  it('sends no heartbeat before 30 seconds by default', async () => {
    const socket = await connect((await openChannel(env.api)).connectUri);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(socket.messages).toEqual([]);
  });

  it('answers {"message":"ping"} with a pong and ignores other messages', async () => {
    const channel = await openChannel(env.api);
    const socket = await connect(channel.connectUri);
    socket.ping();
    expect(await socket.waitFor(METADATA)).toEqual([{ topicName: METADATA, eventBody: { message: 'pong' } }]);
    const recorded = await env.emulator.control.listNotifications({ channelId: channel.id });
    expect(recorded).toMatchObject([{ channelId: channel.id, topicName: METADATA, message: { eventBody: { message: 'pong' } } }]);
  });
});

describe('the end of a socket', () => {
  it('cuts every socket off without a close frame on dropSockets, and the channel takes a new one', async () => {
    const channel = await openChannel(env.api);
    const socket = await connect(channel.connectUri);
    expect(await env.emulator.control.dropSockets()).toBe(1);
    expect((await socket.closed).code).toBe(1006);
    expect(socket.messages).toEqual([]);
    const again = await connect(channel.connectUri);
    again.ping();
    await again.waitFor(METADATA);
  });

  it('warns with socket_closing, then closes, on expireChannels; the channel is gone', async () => {
    const channel = await openChannel(env.api);
    const socket = await connect(channel.connectUri);
    expect(await env.emulator.control.expireChannels()).toBe(1);
    const [closing] = await socket.waitFor(CLOSING);
    expect(closing).toEqual({
      topicName: CLOSING,
      eventBody: {
        channelId: channel.id,
        message: expect.stringContaining('expires') as string,
        correlationId: expect.any(String) as string,
        organizationId: expect.any(String) as string,
        userId: SEEDED_AGENTS.alex.id,
        oauthClientId: expect.any(String) as string,
      },
    });
    expect((await socket.closed).code).toBe(1000);
    expect(await env.emulator.control.listChannels()).toEqual([]);
    expect((await env.api(`/api/v2/notifications/channels/${channel.id}`, { method: 'HEAD' })).status).toBe(404);
  });

  it('warns a minute before the channel expires and closes when it does', async () => {
    // 1 minute 0.3 seconds: the warning is due 0.3 seconds after connecting.
    await env.emulator.control.setConfig({ channelLifetimeSeconds: 60.3 });
    const channel = await openChannel(env.api);
    const socket = await connect(channel.connectUri);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socket.messages).toEqual([]);
    await socket.waitFor(CLOSING);
    expect(Date.parse(channel.expires) - Date.now()).toBeGreaterThan(59_000);
  });

  it('closes the socket when the channel expires', async () => {
    await env.emulator.control.setConfig({ channelLifetimeSeconds: 0.3 });
    const socket = await connect((await openChannel(env.api)).connectUri);
    // Less than a minute is left from the start, so the warning comes at once.
    await socket.waitFor(CLOSING);
    const started = Date.now();
    expect(await socket.closed).toEqual({ code: 1000, reason: 'The channel expired.' });
    expect(Date.now() - started).toBeGreaterThan(100);
  });

  it('closes the socket when its token is revoked, saying so', async () => {
    const socket = await connect((await openChannel(env.api)).connectUri);
    await env.api('/api/v2/tokens/me', { method: 'DELETE' });
    const [closing] = await socket.waitFor(CLOSING);
    expect(closing?.eventBody).toMatchObject({ systemTopicType: 'token_revoked', reason: 'user_tokens_revoked' });
    expect((await socket.closed).code).toBe(1000);
  });

  it('closes the socket when its token expires', async () => {
    await env.emulator.control.setConfig({ tokenLifetimeSeconds: 1 });
    const shortLived = await signedIn(env.emulator, 'alex');
    const socket = await connect((await openChannel(shortLived)).connectUri);
    const [closing] = await socket.waitFor(CLOSING, 1, 3000);
    expect(closing?.eventBody).toMatchObject({ message: expect.stringContaining('token') as string });
    expect((await socket.closed).code).toBe(1000);
  });

  it("keeps channels on reset() and forgets them, closing their sockets, on reset('all')", async () => {
    const channel = await openChannel(env.api);
    const socket = await connect(channel.connectUri);
    await env.emulator.control.reset();
    expect(await env.emulator.control.listChannels()).toMatchObject([{ id: channel.id, connected: true }]);
    await env.emulator.control.reset('all');
    await socket.waitFor(CLOSING);
    expect((await socket.closed).code).toBe(1000);
    expect(await env.emulator.control.listChannels()).toEqual([]);
  });

  it('closes sockets and stops its timers when the emulator closes', async () => {
    const own = await startEmulator();
    await own.control.setConfig({ heartbeatSeconds: 0.05 });
    const socket = await TestSocket.connect((await openChannel(await signedIn(own, 'alex'))).connectUri);
    await socket.waitFor(METADATA);
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    await own.close();
    expect((await socket.closed).code).toBe(1001);
    expect(timers()).toBeLessThan(before);
  });
});

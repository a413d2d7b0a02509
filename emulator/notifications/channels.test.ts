import type { Models } from 'purecloud-platform-client-v2';
import { describe, expect, it } from 'vitest';
import { SEEDED_AGENTS, SEEDED_CLIENTS } from '../seed';
import { apiClient, json, signedIn } from '../testing';
import { CHANNEL_LIMIT } from './channel-registry';
import { notificationsTestEnvironment, openChannel, TestSocket } from './testing';

const env = notificationsTestEnvironment();

const CHANNELS = '/api/v2/notifications/channels';
const alex = SEEDED_AGENTS.alex.id;
const priya = SEEDED_AGENTS.priya.id;
const subscriptions = (channelId: string) => `${CHANNELS}/${channelId}/subscriptions`;
const listed = async (path: string, client = env.api) =>
  (await json<{ entities: Models.Channel[] }>(await client(path))).entities;

describe('channels', () => {
  it('creates a channel on the emulator’s own server that lives 24 hours', async () => {
    const before = Date.now();
    const channel = await openChannel(env.api);
    expect(channel.connectUri).toBe(`${env.emulator.url.replace('http:', 'ws:')}/channels/${channel.id}`);
    const lifetime = Date.parse(channel.expires) - before;
    expect(lifetime).toBeGreaterThan(86_399_000);
    expect(lifetime).toBeLessThan(86_405_000);
  });

  it('takes its lifetime from the config', async () => {
    await env.emulator.control.setConfig({ channelLifetimeSeconds: 90 });
    const channel = await openChannel(env.api);
    expect(Date.parse(channel.expires) - Date.now()).toBeLessThanOrEqual(90_000);
  });

  it('lists the token’s channels, and its user and app’s with includechannels=oauthclient', async () => {
    const first = await openChannel(env.api);
    const second = await openChannel(env.api);
    const sameUser = await signedIn(env.emulator, 'alex');
    const third = await openChannel(sameUser);
    await openChannel(await signedIn(env.emulator, 'priya'));
    expect((await listed(CHANNELS)).map((channel) => channel.id)).toEqual([first.id, second.id]);
    expect((await listed(`${CHANNELS}?includechannels=oauthclient`)).map((channel) => channel.id)).toEqual([
      first.id,
      second.id,
      third.id,
    ]);
    expect((await env.api(`${CHANNELS}?includechannels=everyone`)).status).toBe(400);
  });

  it('answers HEAD with 200 for the caller’s channel and 404 for others', async () => {
    const channel = await openChannel(env.api);
    expect((await env.api(`${CHANNELS}/${channel.id}`, { method: 'HEAD' })).status).toBe(200);
    expect((await env.api(`${CHANNELS}/streaming-0-unknown`, { method: 'HEAD' })).status).toBe(404);
    const other = await signedIn(env.emulator, 'priya');
    expect((await other(`${CHANNELS}/${channel.id}`, { method: 'HEAD' })).status).toBe(404);
  });

  it('needs a token and counts against the token’s rate limit', async () => {
    const anonymous = await fetch(new URL(CHANNELS, env.emulator.url), { method: 'POST' });
    expect(anonymous.status).toBe(401);
    await env.emulator.control.setConfig({ rateLimitPerMinute: 2 });
    await openChannel(env.api);
    await openChannel(env.api);
    expect((await env.api(CHANNELS, { method: 'POST' })).status).toBe(429);
  });

  it(`removes the least recently used channel when a token creates channel ${String(CHANNEL_LIMIT + 1)}`, async () => {
    const channels = [];
    for (let index = 0; index < CHANNEL_LIMIT; index += 1) channels.push(await openChannel(env.api));
    const newest = await openChannel(env.api);
    const ids = (await listed(CHANNELS)).map((channel) => channel.id);
    expect(ids).toHaveLength(CHANNEL_LIMIT);
    expect(ids).not.toContain(channels[0]?.id);
    expect(ids).toContain(newest.id);
    expect((await env.api(`${CHANNELS}/${channels[0]?.id ?? ''}`, { method: 'HEAD' })).status).toBe(404);
  });

  it('removes channels without a connection first, and closes a connected one it must remove', async () => {
    const channels = [];
    for (let index = 0; index < CHANNEL_LIMIT; index += 1) channels.push(await openChannel(env.api));
    const [oldest, second] = channels;
    const socket = await TestSocket.connect(oldest?.connectUri ?? '');
    env.sockets.push(socket);
    await openChannel(env.api);
    const ids = (await listed(CHANNELS)).map((channel) => channel.id);
    expect(ids).toContain(oldest?.id);
    expect(ids).not.toContain(second?.id);

    // Once all are connected, the one connected longest ago goes.
    const others = (await listed(CHANNELS)).filter((channel) => channel.id !== oldest?.id);
    env.sockets.push(...(await Promise.all(others.map((channel) => TestSocket.connect(channel.connectUri ?? '')))));
    await openChannel(env.api);
    const [closing] = await socket.waitFor('v2.system.socket_closing');
    expect(closing?.eventBody).toMatchObject({
      channelId: oldest?.id,
      message: expect.stringContaining('20 channels') as string,
    });
    expect((await socket.closed).code).toBe(1000);
  });
});

describe('subscriptions', () => {
  const own = (kind: string) => `v2.users.${alex}.${kind}`;

  it('permits the user’s own conversation topics and lists them', async () => {
    const channel = await openChannel(env.api);
    const topics = ['conversations', 'calls', 'emails', 'messages'].map((kind) => ({ id: own(kind) }));
    const response = await env.api(subscriptions(channel.id), { method: 'POST', json: topics });
    expect(response.status).toBe(200);
    const expected = topics.map(({ id }) => ({ id, state: 'Permitted' }));
    expect(await json<Models.ChannelTopicEntityListing>(response)).toEqual({ entities: expected });
    expect(await json<Models.ChannelTopicEntityListing>(await env.api(subscriptions(channel.id)))).toEqual({
      entities: expected,
    });
  });

  it.each([
    ['another user’s topic', `v2.users.${priya}.conversations`],
    ['a topic the emulator does not publish', `v2.users.${alex}.presence`],
    ['a malformed topic', 'conversations'],
  ])('rejects %s with a 400 and subscribes to nothing', async (_, topic) => {
    const channel = await openChannel(env.api);
    const body = [{ id: own('conversations') }, { id: topic }];
    const response = await env.api(subscriptions(channel.id), { method: 'POST', json: body });
    expect(response.status).toBe(400);
    expect(await json<Models.ErrorBody>(response)).toMatchObject({
      code: 'bad.request',
      message: expect.stringContaining(topic) as string,
    });
    expect(await json<Models.ChannelTopicEntityListing>(await env.api(subscriptions(channel.id)))).toEqual({ entities: [] });
  });

  it('with ignoreErrors=true subscribes to the permitted topics and lists the rejected ones', async () => {
    const channel = await openChannel(env.api);
    const body = [{ id: own('conversations') }, { id: `v2.users.${priya}.conversations` }];
    const response = await env.api(`${subscriptions(channel.id)}?ignoreErrors=true`, { method: 'POST', json: body });
    expect(response.status).toBe(200);
    expect(await json<Models.ChannelTopicEntityListing>(response)).toEqual({
      entities: [
        { id: own('conversations'), state: 'Permitted' },
        { id: `v2.users.${priya}.conversations`, state: 'Rejected', rejectionReason: expect.any(String) as string },
      ],
    });
  });

  it('adds with POST, replaces with PUT and removes all with DELETE', async () => {
    const channel = await openChannel(env.api);
    const ids = async () =>
      (await json<Models.ChannelTopicEntityListing>(await env.api(subscriptions(channel.id)))).entities?.map((topic) => topic.id);
    await env.api(subscriptions(channel.id), { method: 'POST', json: [{ id: own('calls') }] });
    await env.api(subscriptions(channel.id), { method: 'POST', json: [{ id: own('emails') }, { id: own('calls') }] });
    expect(await ids()).toEqual([own('calls'), own('emails')]);
    await env.api(subscriptions(channel.id), { method: 'PUT', json: [{ id: own('conversations') }] });
    expect(await ids()).toEqual([own('conversations')]);
    expect((await env.api(subscriptions(channel.id), { method: 'DELETE' })).status).toBe(204);
    expect(await ids()).toEqual([]);
  });

  it('lets a client-credentials token subscribe to any agent’s topics', async () => {
    const { id, secret } = SEEDED_CLIENTS.service;
    const service = apiClient(env.emulator, (await env.emulator.control.issueToken({ clientId: id })).access_token);
    expect(secret).toBeDefined();
    const channel = await openChannel(service);
    const response = await service(subscriptions(channel.id), { method: 'PUT', json: [{ id: `v2.users.${priya}.calls` }] });
    expect(response.status).toBe(200);
    const unknown = await service(subscriptions(channel.id), { method: 'PUT', json: [{ id: 'v2.users.nobody.calls' }] });
    expect(unknown.status).toBe(400);
  });

  it.each([
    ['an unknown channel', 'POST', 'streaming-0-unknown', [{ id: `v2.users.${alex}.conversations` }], 404],
    ['an unknown channel', 'GET', 'streaming-0-unknown', undefined, 404],
    ['an unknown channel', 'DELETE', 'streaming-0-unknown', undefined, 404],
    ['a body that is not a list of topics', 'PUT', '', { id: `v2.users.${alex}.conversations` }, 400],
    ['a topic without an id', 'PUT', '', [{ name: 'x' }], 400],
  ])('answers %s (%s) with its status', async (_, method, channelId, body, status) => {
    const channel = channelId === '' ? (await openChannel(env.api)).id : channelId;
    expect((await env.api(subscriptions(channel), { method, json: body })).status).toBe(status);
  });
});

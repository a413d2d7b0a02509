import type { Models } from 'purecloud-platform-client-v2';
import { badRequest, invalidValue, notFound } from '../errors';
import type { ChannelRecord } from '../notifications/channel-registry';
import type { AccessToken } from '../oauth/sessions';
import { reviewTopic } from '../notifications/topics';
import { param, ok, type ApiRequest, type ApiResponse, type ApiRoute } from './types';
import { parseTopics } from './validate';

const BASE = '/api/v2/notifications/channels';

/**
 * Channels belong to the "user/app combination" the reference counts them by: any token of the
 * same user and OAuth client may use them. Anyone else's are not found.
 */
const sameUserAndApp = (channel: ChannelRecord, token: AccessToken) =>
  channel.userId === token.userId && channel.clientId === token.clientId;

function channelOf(request: ApiRequest): ChannelRecord {
  const channel = request.state.notifications.channels.get(param(request, 'channelId'));
  if (!channel || !sameUserAndApp(channel, request.caller.token)) throw notFound();
  return channel;
}

const presentChannel = (request: ApiRequest, channel: ChannelRecord): Models.Channel => ({
  connectUri: request.state.notifications.connectUri(channel),
  id: channel.id,
  expires: new Date(channel.expiresAt).toISOString(),
});

const listing = (channel: ChannelRecord, rejected: Models.ChannelTopic[] = []): Models.ChannelTopicEntityListing => ({
  entities: [...[...channel.topics].map((id): Models.ChannelTopic => ({ id, state: 'Permitted' })), ...rejected],
});

/**
 * POST adds topics, PUT replaces them. A topic the token may not have fails the whole request with
 * a 400, unless `ignoreErrors=true`: then the others apply and the answer lists it as `Rejected`.
 */
function subscribe(replace: boolean) {
  return async (request: ApiRequest): Promise<ApiResponse> => {
    const channel = channelOf(request);
    const { caller, state } = request;
    const isAgent = (userId: string) => state.agent(userId) !== undefined;
    const reviewed = parseTopics(await request.body()).map(({ id }) => reviewTopic(id, caller, isAgent));
    const rejected = reviewed.filter((topic) => topic.state === 'Rejected');
    if (rejected.length > 0 && request.query.get('ignoreErrors') !== 'true') {
      const reasons = rejected.map((topic) => `${topic.id}: ${topic.rejectionReason ?? ''}`).join('; ');
      throw badRequest(`Failed to subscribe to some topics. ${reasons}`);
    }
    if (replace) channel.topics.clear();
    for (const topic of reviewed) if (topic.state === 'Permitted') channel.topics.add(topic.id);
    channel.lastUsedAt = Date.now();
    return ok(listing(channel, rejected));
  };
}

export const notificationRoutes: ApiRoute[] = [
  {
    method: 'POST',
    pattern: BASE,
    handler: (request) => ok(presentChannel(request, request.state.notifications.createChannel(request.caller.token))),
  },
  {
    method: 'GET',
    pattern: BASE,
    // `token` (the default) lists the token's own channels; `oauthclient` those of its user and app.
    handler: (request) => {
      const { token } = request.caller;
      const include = request.query.get('includechannels') ?? 'token';
      if (include !== 'token' && include !== 'oauthclient') throw invalidValue('includechannels', include, 'token, oauthclient');
      const channels = request.state.notifications.channels.list((channel) =>
        include === 'token' ? channel.token === token.value : sameUserAndApp(channel, token),
      );
      const body: Models.ChannelEntityListing = { entities: channels.map((channel) => presentChannel(request, channel)) };
      return ok(body);
    },
  },
  {
    method: 'HEAD',
    pattern: `${BASE}/:channelId`,
    handler: (request) => {
      channelOf(request);
      return { status: 200 };
    },
  },
  { method: 'GET', pattern: `${BASE}/:channelId/subscriptions`, handler: (request) => ok(listing(channelOf(request))) },
  { method: 'POST', pattern: `${BASE}/:channelId/subscriptions`, handler: subscribe(false) },
  { method: 'PUT', pattern: `${BASE}/:channelId/subscriptions`, handler: subscribe(true) },
  {
    method: 'DELETE',
    pattern: `${BASE}/:channelId/subscriptions`,
    handler: (request) => {
      const channel = channelOf(request);
      channel.topics.clear();
      channel.lastUsedAt = Date.now();
      return { status: 204 };
    },
  },
];

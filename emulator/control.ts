import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Models } from 'purecloud-platform-client-v2';
import * as v from 'valibot';
import { addSeedData, ControlFailure, seedDataSchema } from './control-seed';
import { CONTROL_HEADER, type ClientInput, type ControlError, type NewConversation, type TokenResponse } from './control-types';
import { readBody, sendJson } from './http';
import { RouteTable } from './route-table';
import { EXTENSION_CLIENT_ID, SEEDED_CLIENTS } from './seed';
import type { EmulatorState } from './state';

interface ControlRequest {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: unknown;
  state: EmulatorState;
}

type ControlHandler = (request: ControlRequest) => unknown;

/** Control requests must come from this machine; the socket's address says where they came from. */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
/**
 * And must be addressed to it: a page whose own host name was rebound to 127.0.0.1 (DNS
 * rebinding) could otherwise send the control header without a preflight, as a same-origin request.
 */
const LOCAL_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

const positive = v.pipe(v.number(), v.integer(), v.minValue(1));
/** Fractions allowed, so tests can run heartbeats and channel lifetimes in milliseconds. */
const seconds = v.pipe(v.number(), v.minValue(0.01));
const absoluteUrl = v.pipe(
  v.string(),
  v.check((value) => URL.canParse(value), 'an absolute URL'),
);

const conversation = v.object({
  userId: v.string(),
  mediaType: v.picklist(['call', 'email', 'message']),
  address: v.pipe(v.string(), v.minLength(1)),
  state: v.optional(v.picklist(['alerting', 'connected'])),
  direction: v.optional(v.picklist(['inbound', 'outbound'])),
  customerName: v.optional(v.string()),
  messageType: v.optional(v.string()),
  subject: v.optional(v.string()),
});

const schemas = {
  reset: v.object({ scope: v.optional(v.picklist(['data', 'all'])) }),
  client: v.pipe(
    v.object({
      id: v.pipe(v.string(), v.minLength(1)),
      name: v.optional(v.string()),
      grantType: v.picklist(['pkce', 'implicit', 'client-credentials']),
      redirectUris: v.optional(v.array(absoluteUrl)),
      secret: v.optional(v.pipe(v.string(), v.minLength(1))),
    }),
    v.check((client) => client.grantType !== 'client-credentials' || client.secret !== undefined, 'a secret is required'),
  ),
  redirectUri: v.object({ redirectUri: absoluteUrl }),
  config: v.object({
    tokenLifetimeSeconds: v.optional(positive),
    rateLimitPerMinute: v.optional(positive),
    channelLifetimeSeconds: v.optional(seconds),
    heartbeatSeconds: v.optional(seconds),
  }),
  token: v.object({ userId: v.optional(v.string()), clientId: v.optional(v.string()) }),
  conversation,
  interaction: v.pick(conversation, ['userId', 'mediaType', 'address', 'customerName', 'messageType', 'subject']),
  fault: v.object({
    method: v.optional(v.string()),
    pathPrefix: v.pipe(v.string(), v.startsWith('/')),
    status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599))),
    code: v.optional(v.string()),
    message: v.optional(v.string()),
    retryAfterSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    latencyMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60000))),
    malformedBody: v.optional(v.boolean()),
    dropConnection: v.optional(v.boolean()),
    count: v.optional(positive),
  }),
};

function parse<T extends v.GenericSchema>(schema: T, body: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  throw new ControlFailure(400, v.summarize(result.issues));
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ControlFailure(404, `No such ${what}.`);
  return value;
}

function addConversation(state: EmulatorState, input: NewConversation): Models.Conversation {
  const agent = state.agent(input.userId);
  if (!agent) throw new ControlFailure(400, `No agent ${input.userId}.`);
  return state.conversations.add(input, agent);
}

function issueToken(state: EmulatorState, input: v.InferOutput<typeof schemas.token>): TokenResponse {
  if (input.userId !== undefined && !state.agent(input.userId)) throw new ControlFailure(400, `No agent ${input.userId}.`);
  const clientId = input.clientId ?? (input.userId === undefined ? SEEDED_CLIENTS.service.id : EXTENSION_CLIENT_ID);
  found(state.clients.get(clientId), 'OAuth client');
  const lifetime = state.config.tokenLifetimeSeconds;
  const token = state.auth.issueToken(clientId, input.userId, lifetime);
  return { access_token: token.value, token_type: 'bearer', expires_in: lifetime };
}

const route = (method: string, path: string, handler: ControlHandler) => ({ method, pattern: `/__control${path}`, handler });

const ROUTES = new RouteTable<ControlHandler>([
  route('POST', '/reset', ({ body, state }) => {
    state.reset(parse(schemas.reset, body).scope);
    return { ok: true };
  }),
  route('POST', '/seed', ({ body, state }) => addSeedData(state, parse(seedDataSchema, body))),
  route('GET', '/contacts/:id', ({ params, state }) => found(state.directory.contacts.get(params.id ?? ''), 'contact')),
  route('GET', '/clients', ({ state }) => state.clients.list()),
  route('POST', '/clients', ({ body, state }) => {
    const input: ClientInput = parse(schemas.client, body);
    return state.clients.register({ ...input, name: input.name ?? input.id, redirectUris: input.redirectUris ?? [] });
  }),
  route('POST', '/clients/:id/redirect-uris', ({ params, body, state }) =>
    found(state.clients.addRedirectUri(params.id ?? '', parse(schemas.redirectUri, body).redirectUri), 'OAuth client'),
  ),
  route('GET', '/config', ({ state }) => state.config),
  route('PATCH', '/config', ({ body, state }) => {
    state.config = { ...state.config, ...parse(schemas.config, body) };
    return state.config;
  }),
  route('POST', '/tokens', ({ body, state }) => issueToken(state, parse(schemas.token, body))),
  route('POST', '/tokens/expire', ({ state }) => ({ count: state.auth.expireAll() })),
  route('POST', '/tokens/revoke', ({ state }) => ({ count: state.auth.revokeAll() })),
  route('GET', '/conversations', ({ state }) => state.conversations.list()),
  route('POST', '/conversations', ({ body, state }) => addConversation(state, parse(schemas.conversation, body))),
  // An inbound interaction reaching an agent: it alerts, and the agent's channels hear of it.
  route('POST', '/interactions', ({ body, state }) =>
    addConversation(state, { ...parse(schemas.interaction, body), state: 'alerting', direction: 'inbound' }),
  ),
  route('POST', '/conversations/:id/connect', ({ params, state }) =>
    found(state.conversations.connect(params.id ?? ''), 'conversation'),
  ),
  route('POST', '/conversations/:id/end', ({ params, state }) => found(state.conversations.end(params.id ?? ''), 'conversation')),
  route('GET', '/associations', ({ state }) => state.conversations.listAssociations()),
  route('GET', '/channels', ({ state }) => state.notifications.listChannels()),
  route('POST', '/channels/expire', ({ state }) => ({ count: state.notifications.expireChannels() })),
  route('POST', '/sockets/drop', ({ state }) => ({ count: state.notifications.dropSockets() })),
  route('GET', '/notifications', ({ query, state }) => {
    const channelId = query.get('channelId');
    const topicName = query.get('topicName');
    return state.notifications.log.list(
      (entry) => (channelId === null || entry.channelId === channelId) && (topicName === null || entry.topicName === topicName),
    );
  }),
  route('GET', '/faults', ({ state }) => state.faults.list()),
  route('POST', '/faults', ({ body, state }) => state.faults.add(parse(schemas.fault, body))),
  route('DELETE', '/faults', ({ state }) => {
    state.faults.clear();
    return { ok: true };
  }),
  route('GET', '/requests', ({ query, state }) => {
    const prefix = query.get('pathPrefix') ?? '';
    return state.requests.list((request) => request.path.startsWith(prefix));
  }),
  route('DELETE', '/requests', ({ state }) => {
    state.requests.clear();
    return { ok: true };
  }),
]);

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ControlFailure(400, 'The body is not JSON.');
  }
}

/** `/__control/…`: test and demo machinery, local and header-guarded, JSON in and out. */
export async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL, state: EmulatorState): Promise<void> {
  try {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || !LOCAL_HOST.test(req.headers.host ?? '')) {
      throw new ControlFailure(403, 'The control API is local only.');
    }
    if (req.headers[CONTROL_HEADER] !== '1') {
      throw new ControlFailure(403, `The control API needs the header ${CONTROL_HEADER}: 1.`);
    }
    const match = found(ROUTES.match(req.method ?? 'GET', url.pathname), 'control route');
    const body = await readJson(req);
    sendJson(res, 200, match.route.handler({ params: match.params, query: url.searchParams, body, state }));
  } catch (error) {
    if (!(error instanceof ControlFailure)) throw error;
    const answer: ControlError = { error: error.message };
    sendJson(res, error.status, answer);
  }
}

import type { IncomingMessage } from 'node:http';
import {
  ApiError,
  authenticationRequired,
  badCredentials,
  badRequest,
  errorBody,
  internalServerError,
  missingAnyPermissions,
  notFound,
  tooManyRequests,
  unsupportedMediaType,
} from '../errors';
import { readBody, sendEmpty, sendJson, type Exchange } from '../http';
import { RATE_WINDOW_SECONDS } from '../rate-limit';
import { RouteTable } from '../route-table';
import type { EmulatorState } from '../state';
import { associationRoutes } from './associations';
import { contactRoutes } from './contacts';
import { lookupRoutes } from './lookup';
import { noteRoutes } from './notes';
import { notificationRoutes } from './notifications';
import { organizationRoutes } from './organizations';
import { relationshipRoutes } from './relationships';
import type { ApiResponse, ApiRoute, Caller } from './types';
import { userRoutes } from './users';

const ROUTES = new RouteTable<ApiRoute>(
  [
    ...userRoutes,
    ...contactRoutes,
    ...organizationRoutes,
    ...noteRoutes,
    ...relationshipRoutes,
    ...lookupRoutes,
    ...associationRoutes,
    ...notificationRoutes,
  ].map((route) => ({ method: route.method, pattern: route.pattern, handler: route })),
);

/** The bearer token's owner, or the 401 the service gives for a missing or unusable token. */
function authenticate(exchange: Exchange, state: EmulatorState): Caller {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(exchange.req.headers.authorization ?? '');
  if (!match?.[1]) throw authenticationRequired();
  const token = state.auth.validToken(match[1]);
  if (!token) throw badCredentials();
  exchange.clientId = token.clientId;
  exchange.userId = token.userId;
  return { token, agent: state.agent(token.userId) };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'];
  if (type !== undefined && !/^application\/json\b/i.test(type)) throw unsupportedMediaType();
  const text = await readBody(req);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest();
  }
}

async function answer(exchange: Exchange, state: EmulatorState): Promise<ApiResponse> {
  const caller = authenticate(exchange, state);
  const wait = state.rateLimiter.take(caller.token.value);
  if (wait > 0) throw tooManyRequests(state.config.rateLimitPerMinute, RATE_WINDOW_SECONDS, wait);
  const match = ROUTES.match(exchange.req.method ?? 'GET', exchange.url.pathname);
  if (!match) throw notFound();
  const route = match.route.handler;
  // Client-credentials tokens act with the client's roles, which the emulator treats as all permissions.
  const { agent } = caller;
  if (route.permissions && agent && !route.permissions.some((permission) => agent.permissions.includes(permission))) {
    throw missingAnyPermissions(route.permissions);
  }
  return route.handler({
    params: match.params,
    query: exchange.query,
    caller,
    state,
    body: () => readJson(exchange.req),
  });
}

/** Answers `/api/v2/…`: authentication, the per-token rate limit, permissions, then the endpoint. */
export async function handleApi(exchange: Exchange, state: EmulatorState): Promise<void> {
  const { res, correlationId } = exchange;
  try {
    const { status, body } = await answer(exchange, state);
    if (body === undefined) sendEmpty(res, status);
    else sendJson(res, status, body);
  } catch (error) {
    if (!(error instanceof ApiError)) console.error('emulator: unexpected error', error);
    const failure = error instanceof ApiError ? error : internalServerError();
    sendJson(res, failure.status, errorBody(failure, correlationId), { ...failure.headers });
  }
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { handleApi } from './api/pipeline';
import { handleControl } from './control';
import { errorBody, notFound } from './errors';
import { applyFault } from './faults';
import { applyCors, Query, sendEmpty, sendJson, type Exchange } from './http';
import { logout, showAuthorize, submitLogin } from './oauth/authorize';
import { handleToken } from './oauth/token-endpoint';
import { RouteTable } from './route-table';
import type { EmulatorState } from './state';

type Handler = (exchange: Exchange, state: EmulatorState) => void | Promise<void>;

/** The login host's paths; everything under `/api/` goes to the API pipeline. */
const LOGIN_ROUTES = new RouteTable<Handler>([
  { method: 'GET', pattern: '/oauth/authorize', handler: showAuthorize },
  { method: 'POST', pattern: '/oauth/authorize', handler: submitLogin },
  { method: 'POST', pattern: '/oauth/token', handler: handleToken },
  { method: 'GET', pattern: '/logout', handler: logout },
]);

function record(exchange: Exchange, state: EmulatorState): void {
  const timestamp = new Date().toISOString();
  exchange.res.on('close', () => {
    state.requests.add({
      method: exchange.req.method ?? 'GET',
      path: exchange.url.pathname,
      query: exchange.query.toRecord(),
      status: exchange.res.writableFinished ? exchange.res.statusCode : 0,
      userId: exchange.userId,
      clientId: exchange.clientId,
      correlationId: exchange.correlationId,
      timestamp,
    });
  });
}

async function dispatch(req: IncomingMessage, res: ServerResponse, state: EmulatorState): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/__control' || url.pathname.startsWith('/__control/')) {
    await handleControl(req, res, url, state);
    return;
  }
  const exchange: Exchange = { req, res, url, query: new Query(url.searchParams), correlationId: randomUUID() };
  res.setHeader('inin-correlation-id', exchange.correlationId);
  applyCors(req, res);
  if (req.method === 'OPTIONS') {
    sendEmpty(res, 204);
    return;
  }
  record(exchange, state);
  const fault = state.faults.take(req.method ?? 'GET', url.pathname);
  if (fault && (await applyFault(exchange, fault))) return;
  const login = LOGIN_ROUTES.match(req.method ?? 'GET', url.pathname);
  if (login) await login.route.handler(exchange, state);
  else if (url.pathname.startsWith('/api/')) await handleApi(exchange, state);
  else sendJson(res, 404, errorBody(notFound(), exchange.correlationId));
}

export function createRequestListener(state: EmulatorState): RequestListener {
  return (req, res) => {
    dispatch(req, res, state).catch((error: unknown) => {
      console.error('emulator: request failed', error);
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { message: 'The emulator failed to answer.', status: 500 });
    });
  };
}

import { readBody, readCookies, redirect, sendHtml, type Exchange } from '../http';
import { SEEDED_AGENTS } from '../seed';
import type { EmulatorState } from '../state';
import type { OAuthClient } from './clients';
import { errorPage, loginPage, signedOutPage } from './login-page';
import { isValidChallenge } from './pkce';

const SESSION_COOKIE = 'genesys_emulator_session';

/** The authorization request's parameters, as the official SDK sends them. */
const REQUEST_PARAMS = ['client_id', 'redirect_uri', 'response_type', 'code_challenge', 'code_challenge_method', 'state'];

type AuthorizeRequest = Readonly<Record<string, string>>;

function readRequest(source: URLSearchParams): AuthorizeRequest {
  return Object.fromEntries(REQUEST_PARAMS.flatMap((name) => (source.has(name) ? [[name, source.get(name) ?? '']] : [])));
}

/** A request the emulator must not redirect back from: the redirect URI cannot be trusted. */
class UntrustedRequest extends Error {}

/** A problem the application can be told about at its (verified) redirect URI. */
class RefusedRequest extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

const ALLOWED_RESPONSE_TYPE: Record<OAuthClient['grantType'], string | undefined> = {
  pkce: 'code',
  implicit: 'token',
  'client-credentials': undefined,
};

function check(request: AuthorizeRequest, state: EmulatorState): OAuthClient {
  const client = state.clients.get(request.client_id ?? '');
  if (!client) throw new UntrustedRequest(`There is no OAuth client with the id "${request.client_id ?? ''}".`);
  const redirectUri = request.redirect_uri ?? '';
  if (!client.redirectUris.includes(redirectUri)) {
    throw new UntrustedRequest(`The redirect URI "${redirectUri}" is not registered for the OAuth client "${client.id}".`);
  }
  const responseType = request.response_type ?? '';
  if (responseType !== 'code' && responseType !== 'token') {
    throw new RefusedRequest('unsupported_response_type', 'response_type must be code or token.');
  }
  if (ALLOWED_RESPONSE_TYPE[client.grantType] !== responseType) {
    throw new RefusedRequest('unauthorized_client', `This client may not use response_type=${responseType}.`);
  }
  if (client.grantType === 'pkce') {
    if (!request.code_challenge) throw new RefusedRequest('invalid_request', 'code_challenge is required.');
    if (request.code_challenge_method !== 'S256') {
      throw new RefusedRequest('invalid_request', 'code_challenge_method must be S256.');
    }
    if (!isValidChallenge(request.code_challenge)) {
      throw new RefusedRequest('invalid_request', 'code_challenge must be an unpadded base64url SHA-256 digest.');
    }
  }
  return client;
}

/** Answers at the redirect URI: in the query for codes, in the fragment for implicit tokens. */
function redirectBack(exchange: Exchange, request: AuthorizeRequest, values: Record<string, string>, headers = {}): void {
  const target = new URL(request.redirect_uri ?? '');
  const answer = new URLSearchParams(values);
  if (request.state !== undefined) answer.set('state', request.state);
  if (request.response_type === 'token') target.hash = answer.toString();
  else for (const [name, value] of answer) target.searchParams.set(name, value);
  redirect(exchange.res, target.href, headers);
}

function grant(exchange: Exchange, state: EmulatorState, request: AuthorizeRequest, userId: string, headers = {}): void {
  const clientId = request.client_id ?? '';
  exchange.clientId = clientId;
  exchange.userId = userId;
  if (request.response_type === 'token') {
    const lifetime = state.config.tokenLifetimeSeconds;
    const token = state.auth.issueToken(clientId, userId, lifetime);
    redirectBack(exchange, request, { access_token: token.value, expires_in: String(lifetime), token_type: 'bearer' }, headers);
    return;
  }
  const code = state.auth.issueCode({
    clientId,
    redirectUri: request.redirect_uri ?? '',
    codeChallenge: request.code_challenge ?? '',
    userId,
  });
  redirectBack(exchange, request, { code }, headers);
}

/** Runs `then` for a valid request; answers an invalid one with a page or an OAuth error. */
function withValidRequest(
  exchange: Exchange,
  state: EmulatorState,
  request: AuthorizeRequest,
  then: (client: OAuthClient) => void,
): void {
  try {
    then(check(request, state));
  } catch (error) {
    if (error instanceof RefusedRequest) {
      redirectBack(exchange, request, { error: error.error, error_description: error.description });
    } else if (error instanceof UntrustedRequest) {
      sendHtml(exchange.res, 400, errorPage(error.message));
    } else {
      throw error;
    }
  }
}

/**
 * `GET /oauth/authorize`: with a login session (and no `prompt=login`) the agent is sent straight
 * back, which is how a silent re-authorization succeeds; otherwise the login form.
 */
export function showAuthorize(exchange: Exchange, state: EmulatorState): void {
  const request = readRequest(exchange.url.searchParams);
  withValidRequest(exchange, state, request, (client) => {
    const sessionUser = state.agent(state.auth.sessionUser(readCookies(exchange.req).get(SESSION_COOKIE)));
    if (sessionUser && exchange.url.searchParams.get('prompt') !== 'login') {
      grant(exchange, state, request, sessionUser.id);
      return;
    }
    sendHtml(exchange.res, 200, loginPage(client.name, request, Object.values(SEEDED_AGENTS)));
  });
}

/** `POST /oauth/authorize`: the login form's choice of agent. */
export async function submitLogin(exchange: Exchange, state: EmulatorState): Promise<void> {
  const form = new URLSearchParams(await readBody(exchange.req));
  const request = readRequest(form);
  withValidRequest(exchange, state, request, () => {
    const agent = state.agent(form.get('user_id') ?? undefined);
    if (!agent) {
      sendHtml(exchange.res, 400, errorPage('Choose one of the listed agents.'));
      return;
    }
    const cookies = readCookies(exchange.req);
    state.auth.endSession(cookies.get(SESSION_COOKIE));
    const session = state.auth.startSession(agent.id);
    grant(exchange, state, request, agent.id, { 'Set-Cookie': `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax` });
  });
}

/** `GET /logout`: ends the login session; back to the application if it named a registered URI. */
export function logout(exchange: Exchange, state: EmulatorState): void {
  state.auth.endSession(readCookies(exchange.req).get(SESSION_COOKIE));
  const clear = { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` };
  const params = exchange.url.searchParams;
  const client = state.clients.get(params.get('client_id') ?? '');
  const target = params.get('redirect_uri');
  if (client && target !== null && client.redirectUris.includes(target)) redirect(exchange.res, target, clear);
  else sendHtml(exchange.res, 200, signedOutPage(), clear);
}

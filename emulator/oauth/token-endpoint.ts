import { timingSafeEqual } from 'node:crypto';
import { readBody, sendJson, type Exchange } from '../http';
import type { EmulatorState } from '../state';
import { CODE_LIFETIME_MS, type AccessToken } from './sessions';
import { isValidVerifier, s256 } from './pkce';

/** An OAuth error response (RFC 6749 section 5.2), not a Genesys `ErrorBody`. */
class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

const invalidRequest = (description: string) => new OAuthError(400, 'invalid_request', description);
const invalidGrant = (description: string) => new OAuthError(400, 'invalid_grant', description);
const invalidClient = () => new OAuthError(401, 'invalid_client', 'Client authentication failed.');

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  return separator < 0 ? undefined : { id: decoded.slice(0, separator), secret: decoded.slice(separator + 1) };
}

/** Authorization Code with PKCE: a public client, so no secret; the verifier proves possession. */
function exchangeCode(form: URLSearchParams, state: EmulatorState): AccessToken {
  const clientId = form.get('client_id');
  if (!clientId) throw invalidRequest('client_id is required.');
  const client = state.clients.get(clientId);
  if (!client) throw invalidClient();
  if (client.grantType !== 'pkce') {
    throw new OAuthError(400, 'unauthorized_client', 'This client may not use the authorization_code grant.');
  }
  const code = form.get('code');
  const verifier = form.get('code_verifier');
  if (!code) throw invalidRequest('code is required.');
  if (!verifier) throw invalidRequest('code_verifier is required.');
  if (!isValidVerifier(verifier)) throw invalidRequest('code_verifier must be 43 to 128 characters of [A-Za-z0-9-._~].');
  const consumed = state.auth.consumeCode(code);
  if (!consumed) throw invalidGrant('The authorization code is not valid.');
  const { grant, replayed } = consumed;
  if (replayed) throw invalidGrant('The authorization code has already been used.');
  if (Date.now() - grant.issuedAt > CODE_LIFETIME_MS) throw invalidGrant('The authorization code has expired.');
  if (grant.clientId !== clientId) throw invalidGrant('The authorization code was issued to another client.');
  if (grant.redirectUri !== form.get('redirect_uri')) {
    throw invalidGrant('redirect_uri does not match the authorization request.');
  }
  if (s256(verifier) !== grant.codeChallenge) throw invalidGrant('code_verifier does not match the code_challenge.');
  const token = state.auth.issueToken(clientId, grant.userId, state.config.tokenLifetimeSeconds);
  // Remembered so a replay of this code can revoke the token.
  grant.token = token.value;
  return token;
}

function clientCredentials(exchange: Exchange, state: EmulatorState): AccessToken {
  const credentials = basicCredentials(exchange.req.headers.authorization);
  const client = credentials && state.clients.get(credentials.id);
  if (!credentials || client?.secret === undefined || !sameSecret(client.secret, credentials.secret)) throw invalidClient();
  if (client.grantType !== 'client-credentials') {
    throw new OAuthError(400, 'unauthorized_client', 'This client may not use the client_credentials grant.');
  }
  return state.auth.issueToken(client.id, undefined, state.config.tokenLifetimeSeconds);
}

async function issue(exchange: Exchange, state: EmulatorState): Promise<AccessToken> {
  const type = exchange.req.headers['content-type'];
  if (type !== undefined && !/^application\/x-www-form-urlencoded\b/i.test(type)) {
    throw invalidRequest('The body must be application/x-www-form-urlencoded.');
  }
  const form = new URLSearchParams(await readBody(exchange.req));
  const grantType = form.get('grant_type');
  if (!grantType) throw invalidRequest('grant_type is required.');
  if (grantType === 'authorization_code') return exchangeCode(form, state);
  if (grantType === 'client_credentials') return clientCredentials(exchange, state);
  throw new OAuthError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported.`);
}

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/** `POST /oauth/token`. */
export async function handleToken(exchange: Exchange, state: EmulatorState): Promise<void> {
  try {
    const token = await issue(exchange, state);
    exchange.clientId = token.clientId;
    exchange.userId = token.userId;
    const expiresIn = Math.round((token.expiresAt - token.issuedAt) / 1000);
    sendJson(exchange.res, 200, { access_token: token.value, token_type: 'bearer', expires_in: expiresIn }, NO_STORE);
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    const headers: Record<string, string> = error.status === 401 ? { ...NO_STORE, 'WWW-Authenticate': 'Basic' } : NO_STORE;
    sendJson(exchange.res, error.status, { error: error.error, error_description: error.description }, headers);
  }
}

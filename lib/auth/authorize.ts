/** The authorization request of the code grant with PKCE, as the official SDK sends it. */
export interface AuthorizeRequest {
  loginBase: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  state: string;
  /** `login` forces the login form even when Genesys Cloud remembers the agent. */
  prompt?: 'login';
}

export function authorizeUrl(request: AuthorizeRequest): string {
  const url = new URL('/oauth/authorize', request.loginBase);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    state: request.state,
    ...(request.prompt && { prompt: request.prompt }),
  }).toString();
  return url.href;
}

export type AuthErrorKind =
  'not-configured' | 'locked' | 'cancelled' | 'refused' | 'state-mismatch' | 'exchange-failed' | 'network';

/** A sign-in that did not complete, with a message the agent can act on. */
export class AuthError extends Error {
  override name = 'AuthError';
  constructor(
    readonly kind: AuthErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads the authorization server's answer from the URL it redirected to. The `state` must be the
 * one this sign-in sent: anything else could be a response to someone else's request.
 */
export function parseAuthorizeRedirect(redirected: string, expectedState: string): string {
  const url = new URL(redirected);
  const params = url.searchParams;
  if (params.get('state') !== expectedState) {
    throw new AuthError('state-mismatch', 'The sign-in answer did not match this sign-in request. Try signing in again.');
  }
  const error = params.get('error');
  if (error !== null) {
    const description = params.get('error_description');
    throw new AuthError('refused', `Genesys Cloud refused the sign-in (${error}${description ? `: ${description}` : ''}).`);
  }
  const code = params.get('code');
  if (code === null || code === '') {
    throw new AuthError('refused', 'Genesys Cloud did not return an authorization code. Try signing in again.');
  }
  return code;
}

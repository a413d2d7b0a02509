import { AuthError } from './authorize';

export interface TokenGrant {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface CodeExchange {
  loginBase: string;
  clientId: string;
  redirectUri: string;
  code: string;
  codeVerifier: string;
}

/**
 * Exchanges an authorization code at `/oauth/token`: a public client, so no secret and no
 * Authorization header; the code verifier proves this is the client that asked for the code.
 */
export async function exchangeCode(
  exchange: CodeExchange,
  fetchImpl: typeof fetch = fetch,
  now = Date.now(),
): Promise<TokenGrant> {
  let response: Response;
  try {
    response = await fetchImpl(new URL('/oauth/token', exchange.loginBase), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: exchange.code,
        code_verifier: exchange.codeVerifier,
        client_id: exchange.clientId,
        redirect_uri: exchange.redirectUri,
      }),
    });
  } catch {
    throw new AuthError('network', 'Cannot reach Genesys Cloud to finish signing in. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: unknown;
    expires_in?: unknown;
    error?: unknown;
    error_description?: unknown;
  };
  if (!response.ok || typeof body.access_token !== 'string') {
    const error = typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
    const description = typeof body.error_description === 'string' ? `: ${body.error_description}` : '';
    throw new AuthError('exchange-failed', `Genesys Cloud did not issue a token (${error}${description}). Try signing in again.`);
  }
  const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 86_400;
  return { accessToken: body.access_token, expiresAt: now + seconds * 1000 };
}

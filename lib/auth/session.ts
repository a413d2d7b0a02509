import type { GenesysEnvironment } from '../genesys/regions';
import { AuthError, authorizeUrl, parseAuthorizeRedirect } from './authorize';
import { createPkcePair, randomUnreserved } from './pkce';
import { exchangeCode } from './token-endpoint';
import type { WebAuthFlow } from './web-auth-flow';

/** The signed-in agent, as `GET /api/v2/users/me` describes them. */
export interface Agent {
  id: string;
  name: string;
  email?: string;
}

/** What the background keeps about a sign-in (session storage: never on disk, never in content scripts). */
export interface AuthSession {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  environment: GenesysEnvironment;
  clientId: string;
  agent: Agent;
}

export type AuthState = 'signed-out' | 'signed-in' | 'expired';

/** What extension pages may know: never the token. */
export interface AuthStatus {
  state: AuthState;
  agent?: Agent;
  environmentLabel?: string;
}

export interface Connection {
  environment: GenesysEnvironment;
  clientId: string;
}

export interface AuthServiceDeps {
  flow: WebAuthFlow;
  /** The region and OAuth client the agent chose in the settings. */
  connection(): Promise<Connection>;
  session: {
    get(): Promise<AuthSession | null>;
    set(session: AuthSession | null): Promise<void>;
  };
  /** After an explicit sign-out, the next sign-in asks for credentials even if Genesys Cloud remembers the agent. */
  forceLoginPrompt: {
    get(): Promise<boolean>;
    set(value: boolean): Promise<void>;
  };
  /** Who owns `accessToken` (calls `users/me`). */
  whoAmI(environment: GenesysEnvironment, accessToken: string): Promise<Agent>;
  /** Best-effort revocation of a token at sign-out. */
  revoke(environment: GenesysEnvironment, accessToken: string): Promise<void>;
  /** Clears everything derived from the session (cached contacts, screen-pop state). */
  onSignedOut(): Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Renew a token this long before it expires, so requests never race its expiry. */
const RENEW_MARGIN_MS = 60_000;

export type AuthService = ReturnType<typeof createAuthService>;

/**
 * Sign-in with the authorization-code grant and PKCE through the browser's web-auth flow. A token
 * that expires is renewed without a window first (`interactive: false`, which succeeds while
 * Genesys Cloud remembers the agent); only when that fails is the agent asked to sign in again.
 */
export function createAuthService(deps: AuthServiceDeps) {
  const now = deps.now ?? Date.now;
  let renewing: Promise<string | undefined> | undefined;

  async function authorize(interactive: boolean): Promise<AuthSession> {
    const { environment, clientId } = await deps.connection();
    if (clientId.trim() === '') {
      throw new AuthError('not-configured', 'Enter your Genesys Cloud OAuth client ID in the screen-pop settings first.');
    }
    const redirectUri = deps.flow.redirectUri();
    const pkce = await createPkcePair();
    const state = randomUnreserved(32);
    const prompt = interactive && (await deps.forceLoginPrompt.get()) ? 'login' : undefined;
    const url = authorizeUrl({
      loginBase: environment.loginBase,
      clientId,
      redirectUri,
      codeChallenge: pkce.challenge,
      state,
      ...(prompt && { prompt }),
    });
    let redirected: string;
    try {
      redirected = await deps.flow.launch(url, interactive);
    } catch (error) {
      throw new AuthError(
        'cancelled',
        interactive
          ? 'Sign-in did not finish: the sign-in window was closed or could not reach Genesys Cloud.'
          : `Silent sign-in was not possible (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    const code = parseAuthorizeRedirect(redirected, state);
    const grant = await exchangeCode(
      { loginBase: environment.loginBase, clientId, redirectUri, code, codeVerifier: pkce.verifier },
      deps.fetch,
      now(),
    );
    const agent = await deps.whoAmI(environment, grant.accessToken);
    const session: AuthSession = { ...grant, environment, clientId, agent };
    await deps.session.set(session);
    await deps.forceLoginPrompt.set(false);
    return session;
  }

  async function status(): Promise<AuthStatus> {
    const session = await deps.session.get();
    if (!session) return { state: 'signed-out' };
    return {
      state: session.expiresAt > now() ? 'signed-in' : 'expired',
      agent: session.agent,
      environmentLabel: session.environment.label,
    };
  }

  /** One silent renewal at a time, however many requests notice the expiry together. */
  function renew(): Promise<string | undefined> {
    renewing ??= authorize(false)
      .then((session) => session.accessToken)
      .catch(() => undefined)
      .finally(() => {
        renewing = undefined;
      });
    return renewing;
  }

  async function accessToken(): Promise<string | undefined> {
    const session = await deps.session.get();
    if (!session) return undefined;
    if (session.expiresAt - now() > RENEW_MARGIN_MS) return session.accessToken;
    const renewed = await renew();
    if (renewed !== undefined) return renewed;
    return session.expiresAt > now() ? session.accessToken : undefined;
  }

  return {
    status,
    async signIn(): Promise<AuthStatus> {
      await authorize(true);
      return status();
    },
    /** The current token, renewed silently when it is about to expire; undefined when signed out. */
    accessToken,
    renew,
    async signOut(): Promise<AuthStatus> {
      const session = await deps.session.get();
      await deps.session.set(null);
      await deps.forceLoginPrompt.set(true);
      await deps.onSignedOut();
      if (session) await deps.revoke(session.environment, session.accessToken).catch(() => undefined);
      return { state: 'signed-out' };
    },
    /** The environment of the current session, which API calls must use. */
    async environment(): Promise<GenesysEnvironment | undefined> {
      return (await deps.session.get())?.environment;
    },
  };
}

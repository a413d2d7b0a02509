import { randomBytes } from 'node:crypto';

export interface AccessToken {
  value: string;
  clientId: string;
  /** Absent for client-credentials tokens, which belong to no user. */
  userId?: string;
  issuedAt: number;
  expiresAt: number;
  revoked: boolean;
}

export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  userId: string;
  issuedAt: number;
  used: boolean;
  /** The token this code was exchanged for, revoked if someone replays the code. */
  token?: string;
}

/** How long an authorization code can be exchanged. */
export const CODE_LIFETIME_MS = 60_000;

const opaque = () => randomBytes(32).toString('base64url');

/** Issued tokens, outstanding authorization codes and login sessions (the login cookie). */
export class AuthStore {
  private readonly tokens = new Map<string, AccessToken>();
  private readonly codes = new Map<string, CodeGrant>();
  private readonly sessions = new Map<string, string>();
  private readonly revocationListeners = new Set<() => void>();

  /**
   * Called after tokens were revoked, expired early or forgotten, so whatever lives on a token
   * (a notification socket) can end at once. Natural expiry is not announced: `expiresAt` says when.
   */
  onRevocation(listener: () => void): void {
    this.revocationListeners.add(listener);
  }

  clear(): void {
    this.tokens.clear();
    this.codes.clear();
    this.sessions.clear();
    this.announceRevocation();
  }

  issueToken(clientId: string, userId: string | undefined, lifetimeSeconds: number, now = Date.now()): AccessToken {
    const token: AccessToken = {
      value: opaque(),
      clientId,
      userId,
      issuedAt: now,
      expiresAt: now + lifetimeSeconds * 1000,
      revoked: false,
    };
    this.tokens.set(token.value, token);
    return token;
  }

  /** The token as issued, whatever its state; undefined once forgotten. */
  get(value: string): AccessToken | undefined {
    return this.tokens.get(value);
  }

  /** The token if it is known, unexpired and not revoked. */
  validToken(value: string, now = Date.now()): AccessToken | undefined {
    const token = this.tokens.get(value);
    return token && !token.revoked && token.expiresAt > now ? token : undefined;
  }

  revokeToken(value: string): void {
    const token = this.tokens.get(value);
    if (!token) return;
    token.revoked = true;
    this.announceRevocation();
  }

  expireAll(now = Date.now()): number {
    for (const token of this.tokens.values()) token.expiresAt = Math.min(token.expiresAt, now);
    this.announceRevocation();
    return this.tokens.size;
  }

  revokeAll(): number {
    for (const token of this.tokens.values()) token.revoked = true;
    this.announceRevocation();
    return this.tokens.size;
  }

  issueCode(grant: Omit<CodeGrant, 'issuedAt' | 'used'>, now = Date.now()): string {
    const code = opaque();
    this.codes.set(code, { ...grant, issuedAt: now, used: false });
    return code;
  }

  /**
   * Marks the code used and returns its grant. A replayed code also revokes the token it was
   * first exchanged for, as RFC 6749 section 4.1.2 recommends.
   */
  consumeCode(code: string): { grant: CodeGrant; replayed: boolean } | undefined {
    const grant = this.codes.get(code);
    if (!grant) return undefined;
    const replayed = grant.used;
    if (replayed && grant.token !== undefined) this.revokeToken(grant.token);
    grant.used = true;
    return { grant, replayed };
  }

  startSession(userId: string): string {
    const id = opaque();
    this.sessions.set(id, userId);
    return id;
  }

  sessionUser(sessionId: string | undefined): string | undefined {
    return sessionId === undefined ? undefined : this.sessions.get(sessionId);
  }

  endSession(sessionId: string | undefined): void {
    if (sessionId !== undefined) this.sessions.delete(sessionId);
  }

  private announceRevocation(): void {
    for (const listener of this.revocationListeners) listener();
  }
}

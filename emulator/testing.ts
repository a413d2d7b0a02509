/**
 * Helpers for tests that talk to a running emulator over HTTP, as the extension would.
 */
import { randomBytes } from 'node:crypto';
import { s256 } from './oauth/pkce';
import { EXTENSION_CLIENT_ID, SEEDED_AGENTS, type AgentKey } from './seed';
import type { Emulator } from './server';

export const TEST_REDIRECT_URI = 'https://abcdefghijklmnop.chromiumapp.org/';

export interface PkceSession {
  code: string;
  verifier: string;
  /** The login session cookie, for silent re-authorization. */
  cookie: string;
}

export const newVerifier = (): string => randomBytes(48).toString('base64url');

export function authorizeUrl(emulator: Emulator, params: Record<string, string>): string {
  const url = new URL('/oauth/authorize', emulator.url);
  url.search = new URLSearchParams(params).toString();
  return url.href;
}

/** The authorization request the extension sends, with a fresh verifier. */
export function pkceRequest(verifier: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    response_type: 'code',
    client_id: EXTENSION_CLIENT_ID,
    redirect_uri: TEST_REDIRECT_URI,
    code_challenge: s256(verifier),
    code_challenge_method: 'S256',
    state: 'state-123',
    ...overrides,
  };
}

/** Picks an agent on the login form, as a person would; returns where the emulator redirected. */
export async function submitLogin(emulator: Emulator, request: Record<string, string>, agent: AgentKey): Promise<Response> {
  return fetch(new URL('/oauth/authorize', emulator.url), {
    method: 'POST',
    body: new URLSearchParams({ ...request, user_id: SEEDED_AGENTS[agent].id }),
    redirect: 'manual',
  });
}

/** Runs the login half of the PKCE flow for an agent and returns the authorization code. */
export async function authorize(emulator: Emulator, agent: AgentKey): Promise<PkceSession> {
  const verifier = newVerifier();
  const response = await submitLogin(emulator, pkceRequest(verifier), agent);
  const location = new URL(response.headers.get('location') ?? '');
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { code: location.searchParams.get('code') ?? '', verifier, cookie };
}

export function exchangeCode(emulator: Emulator, code: string, verifier: string, overrides: Record<string, string> = {}) {
  return fetch(new URL('/oauth/token', emulator.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      client_id: EXTENSION_CLIENT_ID,
      redirect_uri: TEST_REDIRECT_URI,
      ...overrides,
    }),
  });
}

/** A fetch bound to the emulator's API with an agent's bearer token. */
export function apiClient(emulator: Emulator, token: string) {
  return (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    headers.set('Authorization', `Bearer ${token}`);
    if (json !== undefined) headers.set('Content-Type', 'application/json');
    return fetch(new URL(path, emulator.url), { ...rest, headers, body: json === undefined ? rest.body : JSON.stringify(json) });
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

/** A signed-in API client for a seeded agent (token issued through the control API). */
export async function signedIn(emulator: Emulator, agent: AgentKey): Promise<ApiClient> {
  const { access_token } = await emulator.control.issueToken({ userId: SEEDED_AGENTS[agent].id });
  return apiClient(emulator, access_token);
}

/** The JSON body of a response, typed by the caller. */
export async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

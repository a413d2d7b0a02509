import type { Query } from '../http';
import type { AccessToken } from '../oauth/sessions';
import type { Agent } from '../records';
import type { EmulatorState } from '../state';

/** Who is calling: an agent's token, or a client-credentials token that acts for no user. */
export interface Caller {
  token: AccessToken;
  agent?: Agent;
}

export interface ApiRequest {
  params: Readonly<Record<string, string>>;
  query: Query;
  caller: Caller;
  state: EmulatorState;
  /** The parsed JSON body; a 400 (or 415) when there is none to parse. */
  body(): Promise<unknown>;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
}

export interface ApiRoute {
  method: string;
  pattern: string;
  /** Any one of these lets the caller in; none listed means the endpoint needs none. */
  permissions?: readonly string[];
  handler: (request: ApiRequest) => ApiResponse | Promise<ApiResponse>;
}

export const ok = (body: unknown): ApiResponse => ({ status: 200, body });

/** A path parameter the route pattern guarantees. */
export function param(request: ApiRequest, name: string): string {
  const value = request.params[name];
  if (value === undefined) throw new Error(`Route has no :${name} parameter`);
  return value;
}

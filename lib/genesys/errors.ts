import type { Operation } from './operations';

export type FailureKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'malformed';

/**
 * A failed API call as the agent's UI sees it: plain data, so it crosses the message boundary
 * unchanged. `message` is written for the agent: what happened and what to do.
 */
export interface ApiFailure {
  kind: FailureKind;
  message: string;
  status?: number;
  /** Genesys's error code, e.g. `missing.any.permissions`. */
  code?: string;
  /** Genesys's own message, for support; not shown as the headline. */
  detail?: string;
  /** `inin-correlation-id`: what Genesys support asks for. */
  correlationId?: string;
  retryAfterSeconds?: number;
}

export class GenesysApiError extends Error {
  override name = 'GenesysApiError';
  constructor(readonly failure: ApiFailure) {
    super(failure.message);
  }
}

/** What a Genesys error response said, as far as it said anything. */
export interface ErrorResponse {
  status: number;
  code?: string;
  detail?: string;
  correlationId?: string;
  retryAfterSeconds?: number;
}

const reference = (id: string | undefined) => (id ? ` (reference ${id})` : '');

function kindOf(status: number): FailureKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status === 504 || status === 408) return 'timeout';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/** Turns an HTTP error response into the failure the agent sees. */
export function failureFromResponse(operation: Operation, response: ErrorResponse): ApiFailure {
  const { status, code, detail, correlationId, retryAfterSeconds } = response;
  const kind = kindOf(status);
  const base = { kind, status, code, detail, correlationId, retryAfterSeconds };
  switch (kind) {
    case 'unauthorized':
      return { ...base, message: 'Your Genesys Cloud session has ended. Sign in again to continue.' };
    case 'forbidden': {
      const ask = operation.permissions.length
        ? ` Ask your Genesys Cloud administrator for the ${operation.permissions[0] ?? ''} permission.`
        : ' Ask your Genesys Cloud administrator for access.';
      return { ...base, message: `Your Genesys Cloud role lacks permission to ${operation.action}.${ask}` };
    }
    case 'not-found':
      return {
        ...base,
        message: `Genesys Cloud could not find that ${operation.subject}; it may have been deleted. Refresh and try again.`,
      };
    case 'conflict':
      return {
        ...base,
        message: `Someone else changed this ${operation.subject} at the same time. Refresh and try again.`,
      };
    case 'rate-limited': {
      const wait = retryAfterSeconds !== undefined ? `Wait ${retryAfterSeconds} seconds` : 'Wait a moment';
      return { ...base, message: `Genesys Cloud is receiving too many requests from you. ${wait} and try again.` };
    }
    case 'timeout':
      return { ...base, message: `Genesys Cloud did not answer in time. Try again${reference(correlationId)}.` };
    case 'server':
      return {
        ...base,
        message: `Genesys Cloud had a problem (error ${status}). Try again in a moment; if it keeps happening, tell your administrator${reference(correlationId)}.`,
      };
    default:
      return {
        ...base,
        message: `Genesys Cloud refused to ${operation.action}: ${detail ?? `error ${status}`}`,
      };
  }
}

export function networkFailure(): ApiFailure {
  return { kind: 'network', message: 'Cannot reach Genesys Cloud. Check your network connection and try again.' };
}

export function timeoutFailure(): ApiFailure {
  return { kind: 'timeout', message: 'Genesys Cloud did not answer in time. Try again.' };
}

export function malformedFailure(correlationId?: string): ApiFailure {
  return {
    kind: 'malformed',
    correlationId,
    message: `Genesys Cloud sent a reply screen-pop could not read. Try again; if it keeps happening, tell your administrator${reference(correlationId)}.`,
  };
}

/** Any thrown value as an ApiFailure, so callers never show a raw exception to the agent. */
export function toFailure(error: unknown): ApiFailure {
  if (error instanceof GenesysApiError) return error.failure;
  return {
    kind: 'server',
    message: 'Something went wrong in screen-pop. Try again; if it keeps happening, reload the extension.',
    detail: error instanceof Error ? error.message : String(error),
  };
}

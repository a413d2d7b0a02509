import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyRequest } from 'ky';
import {
  failureFromResponse,
  GenesysApiError,
  malformedFailure,
  networkFailure,
  timeoutFailure,
  type ApiFailure,
} from './errors';
import type { Operation } from './operations';
import { toSearchParams, type Query } from './query';

/** Where the client gets its bearer token; the sign-in service implements it. */
export interface TokenSource {
  /** The current access token, or undefined when the agent is signed out. */
  current(): Promise<string | undefined>;
  /** After a 401: a fresh token obtained without bothering the agent, or undefined. */
  renew(): Promise<string | undefined>;
}

export interface HttpOptions {
  /** The API origin, e.g. `https://api.mypurecloud.com`. */
  apiBase: string;
  tokens: TokenSource;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Per attempt. @default 15000 */
  timeoutMs?: number;
  /** Retries after the first attempt. @default 3 */
  retryLimit?: number;
  /**
   * A 429 whose Retry-After is longer than this is not waited for: the agent is told instead.
   * @default 30
   */
  maxRetryAfterSeconds?: number;
}

export interface RequestSpec {
  operation: Operation;
  method: 'get' | 'head' | 'post' | 'put' | 'delete';
  /** Relative to `/api/v2/`, already URL-encoded. */
  path: string;
  query?: Query;
  json?: unknown;
}

export interface GenesysHttp {
  request<T>(spec: RequestSpec): Promise<T>;
}

/** Requests that may be repeated after a network error or 5xx without doing the work twice. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function withToken(request: KyRequest | Request, token: string): Request {
  const headers = new Headers(request.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

async function failureFromError(error: unknown, operation: Operation): Promise<ApiFailure> {
  if (error instanceof GenesysApiError) return error.failure;
  if (isHTTPError(error)) {
    const body = (typeof error.data === 'object' && error.data !== null ? error.data : {}) as {
      code?: unknown;
      message?: unknown;
    };
    return failureFromResponse(operation, {
      status: error.response.status,
      code: typeof body.code === 'string' ? body.code : undefined,
      detail: typeof body.message === 'string' ? body.message : undefined,
      correlationId: error.response.headers.get('inin-correlation-id') ?? undefined,
      retryAfterSeconds: retryAfterSeconds(error.response.headers),
    });
  }
  if (isTimeoutError(error)) return timeoutFailure();
  if (isNetworkError(error) || error instanceof TypeError) return networkFailure();
  return Promise.reject(error instanceof Error ? error : new Error(String(error)));
}

/**
 * The one HTTP client for the Platform API: adds the bearer token, renews it once after a 401,
 * retries 429s after their Retry-After, retries network errors and 5xx with backoff for
 * idempotent requests only, and turns every failure into a GenesysApiError for the agent.
 */
export function createGenesysHttp(options: HttpOptions): GenesysHttp {
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 30;
  const api = ky.create({
    prefix: `${options.apiBase.replace(/\/+$/, '')}/api/v2/`,
    ...(options.fetch && { fetch: options.fetch }),
    timeout: options.timeoutMs ?? 15_000,
    totalTimeout: 90_000,
    retry: {
      limit: options.retryLimit ?? 3,
      methods: ['get', 'head', 'put', 'delete', 'post'],
      statusCodes: [429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      backoffLimit: 5_000,
      jitter: true,
      shouldRetry: ({ error }) => {
        if (isHTTPError(error) && error.response.status === 429) {
          // Safe for any method: a 429 means the request was not processed.
          const wait = retryAfterSeconds(error.response.headers);
          return wait !== undefined && wait > maxRetryAfter ? false : undefined;
        }
        const method = isHTTPError(error) || isNetworkError(error) ? error.request.method : undefined;
        return method !== undefined && IDEMPOTENT.has(method) ? undefined : false;
      },
    },
    hooks: {
      beforeRequest: [
        async ({ request }) => {
          const token = await options.tokens.current();
          if (token === undefined) {
            throw new GenesysApiError({
              kind: 'unauthorized',
              message: 'You are signed out of Genesys Cloud. Sign in to continue.',
            });
          }
          return withToken(request, token);
        },
      ],
      afterResponse: [
        async ({ request, response, options: requestOptions }) => {
          if (response.status !== 401 || requestOptions.context.renewed === true) return undefined;
          const token = await options.tokens.renew();
          if (token === undefined) return undefined;
          (requestOptions.context as { renewed?: boolean }).renewed = true;
          return ky.retry({ request: withToken(request, token), delay: 0, code: 'TOKEN_RENEWED' });
        },
      ],
    },
  });

  return {
    async request<T>(spec: RequestSpec): Promise<T> {
      let response: Response;
      try {
        response = await api(spec.path, {
          method: spec.method,
          searchParams: toSearchParams(spec.query),
          ...(spec.json !== undefined && { json: spec.json }),
          context: { renewed: false },
        });
      } catch (error) {
        throw new GenesysApiError(await failureFromError(error, spec.operation));
      }
      const text = await response.text().catch(() => '');
      if (text.trim() === '') return undefined as T;
      try {
        return JSON.parse(text) as T;
      } catch {
        throw new GenesysApiError(malformedFailure(response.headers.get('inin-correlation-id') ?? undefined));
      }
    },
  };
}

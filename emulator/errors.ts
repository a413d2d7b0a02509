import type { Models } from 'purecloud-platform-client-v2';

/**
 * An API failure in Genesys's terms. Handlers throw it; the pipeline turns it into an `ErrorBody`
 * with the request's correlation id as `contextId`. Codes and messages follow the reference's
 * `x-inin-error-codes` table (facts file, section 4.1).
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Models.Detail[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

const MALFORMED = 'The request could not be understood by the server due to malformed syntax.';

export const badRequest = (message = MALFORMED, details: Models.Detail[] = []): ApiError =>
  new ApiError(400, 'bad.request', message, details);

export const invalidValue = (field: string, value: string, allowed: string): ApiError =>
  new ApiError(
    400,
    'invalid.value',
    `Value [${value}] is not valid for field type [${field}]. Allowable values are: ${allowed}`,
    [{ errorCode: 'invalid.value', fieldName: field }],
  );

export const authenticationRequired = (): ApiError =>
  new ApiError(401, 'authentication.required', 'No authentication bearer token specified in authorization header.');

export const badCredentials = (): ApiError => new ApiError(401, 'bad.credentials', 'Invalid login credentials.');

export const missingAnyPermissions = (permissions: readonly string[]): ApiError =>
  new ApiError(
    403,
    'missing.any.permissions',
    'Unable to perform the requested action. You must have at least one of the following permissions assigned: ' +
      `[${permissions.join(', ')}]`,
  );

export const notFound = (): ApiError => new ApiError(404, 'not.found', 'The requested resource was not found.');

export const unsupportedMediaType = (): ApiError =>
  new ApiError(415, 'unsupported.media.type', 'Unsupported Media Type: the body must be application/json.');

export const tooManyRequests = (limit: number, windowSeconds: number, retryAfterSeconds: number): ApiError =>
  new ApiError(
    429,
    'too.many.requests',
    `Rate limit exceeded the maximum [${limit}] requests within [${windowSeconds}] seconds`,
    [],
    { 'Retry-After': String(retryAfterSeconds) },
  );

const INTERNAL = 'The server encountered an unexpected condition.';

export const internalServerError = (status = 500): ApiError => new ApiError(status, 'internal.server.error', INTERNAL);

/** The code and message the service uses for a status, for faults that only name a status. */
export function standardError(status: number): ApiError {
  switch (status) {
    case 400:
      return badRequest();
    case 401:
      return badCredentials();
    case 403:
      return new ApiError(403, 'not.authorized', 'You are not authorized to perform the requested action.');
    case 404:
      return notFound();
    case 429:
      return new ApiError(429, 'too.many.requests', 'Rate limit exceeded the maximum [300] requests within [60] seconds');
    case 503:
      return new ApiError(503, 'service.unavailable', 'Service Unavailable');
    case 504:
      return new ApiError(504, 'request.timeout', 'The request timed out.');
    default:
      return status >= 500 ? internalServerError(status) : badRequest();
  }
}

export function errorBody(error: ApiError, contextId: string): Models.ErrorBody {
  return { message: error.message, code: error.code, status: error.status, contextId, details: error.details, errors: [] };
}

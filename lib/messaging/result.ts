import { AuthError } from '../auth/authorize';
import { GenesysApiError, toFailure } from '../genesys/errors';

/** Why a request to the background failed, in words for the agent. */
export interface Failure {
  kind: string;
  message: string;
  status?: number;
  correlationId?: string;
  retryAfterSeconds?: number;
}

/** Responses of calls that can fail carry the failure as data, never as a thrown exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export function failureOf(error: unknown): Failure {
  if (error instanceof AuthError) return { kind: error.kind, message: error.message };
  if (error instanceof GenesysApiError) return error.failure;
  return toFailure(error);
}

export async function settle<T>(work: Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    return { ok: false, error: failureOf(error) };
  }
}

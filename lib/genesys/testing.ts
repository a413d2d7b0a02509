/** For tests: what a call to Genesys Cloud failed with, asserting it failed the way the client reports failures. */
import { expect } from 'vitest';
import { GenesysApiError, type ApiFailure } from './errors';

export async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenesysApiError);
  return (error as GenesysApiError).failure;
}

import { createHash } from 'node:crypto';

/** RFC 7636 section 4.1: 43 to 128 unreserved characters. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** base64url of a SHA-256 digest without padding is always 43 characters. */
const S256_CHALLENGE = /^[A-Za-z0-9\-_]{43}$/;

export const isValidVerifier = (verifier: string): boolean => VERIFIER.test(verifier);

export const isValidChallenge = (challenge: string): boolean => S256_CHALLENGE.test(challenge);

export const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64Url, createPkcePair, randomUnreserved } from './pkce';

describe('PKCE', () => {
  it('makes a 128-character verifier of unreserved characters', async () => {
    const { verifier } = await createPkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{128}$/);
  });

  it('derives the S256 challenge as base64url(sha256(verifier)) without padding', async () => {
    const { verifier, challenge } = await createPkcePair();
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
    expect(challenge).not.toMatch(/[=+/]/);
  });

  it('matches the RFC 7636 appendix B example', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    expect(base64Url(digest)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('never repeats itself', () => {
    const values = new Set(Array.from({ length: 200 }, () => randomUnreserved(32)));
    expect(values.size).toBe(200);
  });

  it('uses every character of the alphabet', () => {
    const seen = new Set(randomUnreserved(20_000));
    expect(seen.size).toBe(66);
  });
});

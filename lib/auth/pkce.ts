const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

/** A random string of RFC 7636 "unreserved" characters, drawn without modulo bias. */
export function randomUnreserved(length: number): string {
  const out: string[] = [];
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // 66 characters: accept bytes below 198 (3 × 66) so every character is equally likely.
      if (byte < 198 && out.length < length) out.push(UNRESERVED.charAt(byte % UNRESERVED.length));
    }
  }
  return out.join('');
}

export function base64Url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface PkcePair {
  verifier: string;
  /** base64url(SHA-256(verifier)) without padding: the S256 method. */
  challenge: string;
}

/** A fresh code verifier (the SDK's length, 128) and its S256 challenge. */
export async function createPkcePair(): Promise<PkcePair> {
  const verifier = randomUnreserved(128);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: base64Url(digest) };
}

/**
 * How a client obtains tokens. `pkce` is the Authorization Code grant with a mandatory S256
 * challenge and no secret; `implicit` returns the token in the redirect's fragment.
 */
export type GrantType = 'pkce' | 'implicit' | 'client-credentials';

export interface OAuthClient {
  id: string;
  name: string;
  grantType: GrantType;
  /** Exact strings: the authorize endpoint compares redirect URIs character for character. */
  redirectUris: readonly string[];
  secret?: string;
}

/** The OAuth clients an org administrator has registered. */
export class ClientRegistry {
  private readonly clients = new Map<string, OAuthClient>();

  constructor(private readonly seed: readonly OAuthClient[]) {
    this.reset();
  }

  reset(): void {
    this.clients.clear();
    for (const client of this.seed) this.register(client);
  }

  register(client: OAuthClient): OAuthClient {
    const copy = { ...client, redirectUris: [...new Set(client.redirectUris)] };
    this.clients.set(copy.id, copy);
    return copy;
  }

  get(id: string): OAuthClient | undefined {
    return this.clients.get(id);
  }

  addRedirectUri(id: string, redirectUri: string): OAuthClient | undefined {
    const client = this.clients.get(id);
    return client && this.register({ ...client, redirectUris: [...client.redirectUris, redirectUri] });
  }

  list(): OAuthClient[] {
    return [...this.clients.values()];
  }
}

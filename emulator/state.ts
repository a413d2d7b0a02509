import { ConversationHub } from './conversations';
import { FaultList } from './faults';
import { ClientRegistry } from './oauth/clients';
import { AuthStore } from './oauth/sessions';
import { RateLimiter } from './rate-limit';
import type { Agent } from './records';
import { RequestLog } from './request-log';
import { agentById, loadSeed, SEEDED_CLIENTS } from './seed';
import { ExternalContactsStore } from './store';

export interface EmulatorConfig {
  /** Lifetime of new access tokens. @default 86400 (the service's default of 24 hours) */
  tokenLifetimeSeconds: number;
  /** Requests per access token per 60 seconds. @default 300 (`token.rate.per.minute`) */
  rateLimitPerMinute: number;
}

export const DEFAULT_CONFIG: EmulatorConfig = { tokenLifetimeSeconds: 86400, rateLimitPerMinute: 300 };

/** Everything the emulator knows, shared by the API, the OAuth endpoints and the control API. */
export class EmulatorState {
  config: EmulatorConfig;
  readonly directory = new ExternalContactsStore();
  readonly conversations = new ConversationHub();
  readonly clients = new ClientRegistry(Object.values(SEEDED_CLIENTS));
  readonly auth = new AuthStore();
  readonly rateLimiter = new RateLimiter(() => this.config.rateLimitPerMinute);
  readonly faults = new FaultList();
  readonly requests = new RequestLog();

  constructor(private readonly initialConfig: EmulatorConfig) {
    this.config = { ...initialConfig };
    loadSeed(this.directory);
  }

  agent(id: string | undefined): Agent | undefined {
    return id === undefined ? undefined : agentById(id);
  }

  /**
   * Back to the seed: data, conversations, faults, the request log and rate-limit windows. Only
   * `all` also forgets registered clients, tokens, login sessions and config changes, so a test
   * suite can register its redirect URI and sign in once, then reset between tests.
   */
  reset(scope: 'data' | 'all' = 'data'): void {
    loadSeed(this.directory);
    this.conversations.clear();
    this.faults.clear();
    this.requests.clear();
    this.rateLimiter.reset();
    if (scope === 'data') return;
    this.clients.reset();
    this.auth.clear();
    this.config = { ...this.initialConfig };
  }
}

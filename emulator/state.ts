import { CappedLog } from './capped-log';
import { ConversationHub } from './conversations';
import { FaultList } from './faults';
import { ClientRegistry } from './oauth/clients';
import { AuthStore } from './oauth/sessions';
import { NotificationService } from './notifications/service';
import { RateLimiter } from './rate-limit';
import type { Agent } from './records';
import type { RecordedRequest } from './request-log';
import { agentById, loadSeed, SEEDED_CLIENTS } from './seed';
import { ExternalContactsStore } from './store';

export interface EmulatorConfig {
  /** Lifetime of new access tokens. @default 86400 (the service's default of 24 hours) */
  tokenLifetimeSeconds: number;
  /** Requests per access token per 60 seconds. @default 300 (`token.rate.per.minute`) */
  rateLimitPerMinute: number;
  /** Lifetime of new notification channels. @default 86400 ("Channels remain active for 24 hours") */
  channelLifetimeSeconds: number;
  /** Between heartbeats on sockets connected from now on. @default 30 (observed, not documented) */
  heartbeatSeconds: number;
}

export const DEFAULT_CONFIG: EmulatorConfig = {
  tokenLifetimeSeconds: 86400,
  rateLimitPerMinute: 300,
  channelLifetimeSeconds: 86400,
  heartbeatSeconds: 30,
};

/** Everything the emulator knows, shared by the API, the OAuth endpoints and the control API. */
export class EmulatorState {
  config: EmulatorConfig;
  readonly directory = new ExternalContactsStore();
  readonly conversations = new ConversationHub();
  readonly clients = new ClientRegistry(Object.values(SEEDED_CLIENTS));
  readonly auth = new AuthStore();
  readonly rateLimiter = new RateLimiter(() => this.config.rateLimitPerMinute);
  readonly faults = new FaultList();
  readonly requests = new CappedLog<RecordedRequest>();
  readonly notifications = new NotificationService({
    auth: this.auth,
    conversations: this.conversations,
    requests: this.requests,
    config: () => this.config,
  });

  constructor(private readonly initialConfig: EmulatorConfig) {
    this.config = { ...initialConfig };
    loadSeed(this.directory);
  }

  agent(id: string | undefined): Agent | undefined {
    return id === undefined ? undefined : agentById(id);
  }

  /**
   * Back to the seed: data, conversations, faults, the request and notification logs and
   * rate-limit windows. Only `all` also forgets registered clients, tokens, login sessions,
   * notification channels (closing their sockets) and config changes, so a test suite can
   * register its redirect URI, sign in and connect once, then reset between tests.
   */
  reset(scope: 'data' | 'all' = 'data'): void {
    loadSeed(this.directory);
    this.conversations.clear();
    this.faults.clear();
    this.requests.clear();
    this.rateLimiter.reset();
    if (scope === 'all') {
      this.clients.reset();
      // Closes the notification sockets, which live no longer than their tokens.
      this.auth.clear();
      this.config = { ...this.initialConfig };
    }
    this.notifications.reset(scope);
  }
}

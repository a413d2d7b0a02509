import type { Models } from 'purecloud-platform-client-v2';
import {
  CONTROL_HEADER,
  type AssociationRecord,
  type ChannelInfo,
  type ClientInput,
  type ContactRecord,
  type CountResult,
  type EmulatorConfig,
  type Fault,
  type FaultSpec,
  type InboundInteraction,
  type IssueTokenInput,
  type NewConversation,
  type NotificationFilter,
  type OAuthClient,
  type RecordedNotification,
  type RecordedRequest,
  type ResetScope,
  type SeedDataInput,
  type SeedDataResult,
  type TokenResponse,
} from './control-types';

/** Typed client for the emulator's control API; works from any process on the same machine. */
export class EmulatorControl {
  constructor(private readonly baseUrl: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(new URL(`/__control${path}`, this.baseUrl), {
      method,
      headers: { [CONTROL_HEADER]: '1', ...(body !== undefined && { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Emulator control ${method} ${path} failed (${String(response.status)}): ${text}`);
    return JSON.parse(text) as T;
  }

  /** Back to the seed data; `all` also forgets registered clients, tokens, logins and config. */
  async reset(scope: ResetScope = 'data'): Promise<void> {
    await this.call('POST', '/reset', { scope });
  }

  addSeedData(data: SeedDataInput): Promise<SeedDataResult> {
    return this.call('POST', '/seed', data);
  }

  /** A contact as the store holds it, without authentication. */
  getContact(id: string): Promise<ContactRecord> {
    return this.call('GET', `/contacts/${encodeURIComponent(id)}`);
  }

  listClients(): Promise<OAuthClient[]> {
    return this.call('GET', '/clients');
  }

  registerClient(client: ClientInput): Promise<OAuthClient> {
    return this.call('POST', '/clients', client);
  }

  addRedirectUri(clientId: string, redirectUri: string): Promise<OAuthClient> {
    return this.call('POST', `/clients/${encodeURIComponent(clientId)}/redirect-uris`, { redirectUri });
  }

  getConfig(): Promise<EmulatorConfig> {
    return this.call('GET', '/config');
  }

  setConfig(patch: Partial<EmulatorConfig>): Promise<EmulatorConfig> {
    return this.call('PATCH', '/config', patch);
  }

  /** A token for an agent (or a client-credentials token) without the OAuth flow. */
  issueToken(input: IssueTokenInput = {}): Promise<TokenResponse> {
    return this.call('POST', '/tokens', input);
  }

  /** Makes every issued token expired; returns how many there were. */
  async expireTokens(): Promise<number> {
    return (await this.call<CountResult>('POST', '/tokens/expire')).count;
  }

  async revokeTokens(): Promise<number> {
    return (await this.call<CountResult>('POST', '/tokens/revoke')).count;
  }

  addConversation(conversation: NewConversation): Promise<Models.Conversation> {
    return this.call('POST', '/conversations', conversation);
  }

  listConversations(): Promise<Models.Conversation[]> {
    return this.call('GET', '/conversations');
  }

  /** Answers an alerting conversation. */
  connectConversation(id: string): Promise<Models.Conversation> {
    return this.call('POST', `/conversations/${encodeURIComponent(id)}/connect`);
  }

  endConversation(id: string): Promise<Models.Conversation> {
    return this.call('POST', `/conversations/${encodeURIComponent(id)}/end`);
  }

  listAssociations(): Promise<AssociationRecord[]> {
    return this.call('GET', '/associations');
  }

  /** An inbound call, email or message reaches the agent: the conversation alerts, and subscribed channels hear of it. */
  deliverInteraction(interaction: InboundInteraction): Promise<Models.Conversation> {
    return this.call('POST', '/interactions', interaction);
  }

  /** Unexpired notification channels, oldest first. */
  listChannels(): Promise<ChannelInfo[]> {
    return this.call('GET', '/channels');
  }

  /** Cuts every notification socket off without a close frame, as a network drop would; returns how many. */
  async dropSockets(): Promise<number> {
    return (await this.call<CountResult>('POST', '/sockets/drop')).count;
  }

  /** Expires every channel now; open sockets get `v2.system.socket_closing`, then close. Returns how many channels. */
  async expireChannels(): Promise<number> {
    return (await this.call<CountResult>('POST', '/channels/expire')).count;
  }

  /** Messages written on notification sockets (heartbeats included), oldest first. */
  listNotifications(filter: NotificationFilter = {}): Promise<RecordedNotification[]> {
    const given = Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined);
    const query = new URLSearchParams(given);
    return this.call('GET', `/notifications?${query.toString()}`);
  }

  addFault(fault: FaultSpec): Promise<Fault> {
    return this.call('POST', '/faults', fault);
  }

  listFaults(): Promise<Fault[]> {
    return this.call('GET', '/faults');
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/faults');
  }

  /** Recorded API and OAuth requests, oldest first, optionally only those under a path. */
  listRequests(pathPrefix = ''): Promise<RecordedRequest[]> {
    return this.call('GET', `/requests?${new URLSearchParams({ pathPrefix }).toString()}`);
  }

  async clearRequests(): Promise<void> {
    await this.call('DELETE', '/requests');
  }
}

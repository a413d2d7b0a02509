/**
 * Requests and answers of the control API (`/__control/…`), shared by the server and the typed
 * client. No runtime imports, so a test process can use the client without loading the emulator.
 */
import type { Models } from 'purecloud-platform-client-v2';
import type { ContactView, NoteView } from './api/present';
import type { AssociationRecord } from './conversations';
import type { NewConversation } from './conversation-model';
import type { Fault, FaultSpec } from './faults';
import type { NotificationMessage } from './notifications/messages';
import type { ChannelInfo, RecordedNotification } from './notifications/service';
import type { OAuthClient } from './oauth/clients';
import type { ContactRecord } from './records';
import type { RecordedRequest } from './request-log';
import type { EmulatorConfig } from './state';

export type { AssociationRecord, ContactRecord, ContactView, EmulatorConfig, Fault, FaultSpec, NewConversation, NoteView };
export type { ChannelInfo, NotificationMessage, OAuthClient, RecordedNotification, RecordedRequest };

/**
 * A header no web page can send to the emulator: setting it needs a CORS preflight, and control
 * routes answer none (they send no CORS headers at all).
 */
export const CONTROL_HEADER = 'x-emulator-control';

/** `data` restores the seed data; `all` also forgets clients, tokens, logins and config changes. */
export type ResetScope = 'data' | 'all';

/** Extra data to load, validated like API writes. Ids may be pinned so tests can refer to them. */
export interface SeedDataInput {
  organizations?: (Models.ExternalOrganization & { id?: string })[];
  /** `externalOrganization: { id }` links a contact to an existing or newly added organization. */
  contacts?: (Omit<Models.ExternalContact, 'externalOrganization'> & { id?: string; externalOrganization?: { id: string } })[];
  notes?: SeedNoteInput[];
}

export interface SeedNoteInput {
  id?: string;
  /** Exactly one of `contactId` and `organizationId`. */
  contactId?: string;
  organizationId?: string;
  noteText: string;
  /** A seeded agent's id. @default the first seeded agent */
  createdById?: string;
  /** ISO-8601. @default now */
  createDate?: string;
}

export interface SeedDataResult {
  organizations: Models.ExternalOrganization[];
  contacts: ContactView[];
  notes: NoteView[];
}

export interface ClientInput {
  id: string;
  name?: string;
  grantType: OAuthClient['grantType'];
  redirectUris?: string[];
  /** Required for `client-credentials`. */
  secret?: string;
}

/** A token issued without the OAuth dance, shaped like the token endpoint's answer. */
export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
}

export interface IssueTokenInput {
  /** The agent the token belongs to; omit for a client-credentials token. */
  userId?: string;
  /** @default the extension's client, or the client-credentials client without a user */
  clientId?: string;
}

/** An inbound interaction reaching an agent; it arrives alerting. */
export type InboundInteraction = Pick<
  NewConversation,
  'userId' | 'mediaType' | 'address' | 'customerName' | 'messageType' | 'subject'
>;

export interface NotificationFilter {
  channelId?: string;
  topicName?: string;
}

export interface CountResult {
  count: number;
}

/** The control API's error answer. */
export interface ControlError {
  error: string;
}

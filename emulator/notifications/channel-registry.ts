import { randomUUID } from 'node:crypto';
import type { AccessToken } from '../oauth/sessions';

export interface ChannelRecord {
  /** Shaped like the service's (`streaming-0-…`); clients must treat it as opaque. */
  id: string;
  /** The token that created it. Its socket lives no longer than that token. */
  token: string;
  /** Absent for a client-credentials token. */
  userId?: string;
  clientId: string;
  expiresAt: number;
  /** Creating, subscribing and connecting count as use; the 21st channel evicts the least used. */
  lastUsedAt: number;
  topics: Set<string>;
}

/**
 * "There is a limit of 20 channels per user/app combination" (facts file, section 3.3). The
 * emulator counts per token, one sign-in of a user in an app, so tests that sign in afresh start clean.
 */
export const CHANNEL_LIMIT = 20;

/** Notification channels. An expired channel is gone: it is neither listed nor found. */
export class ChannelRegistry {
  private readonly channels = new Map<string, ChannelRecord>();

  /**
   * A new channel for a token. Past the limit the token's least recently used channel goes,
   * "channels without an active connection … first"; it is returned so its socket can be closed.
   */
  create(
    token: AccessToken,
    lifetimeMs: number,
    isConnected: (channel: ChannelRecord) => boolean,
    now = Date.now(),
  ): { channel: ChannelRecord; evicted?: ChannelRecord } {
    const own = this.list((channel) => channel.token === token.value, now).sort((a, b) => a.lastUsedAt - b.lastUsedAt);
    const evicted = own.length < CHANNEL_LIMIT ? undefined : (own.find((channel) => !isConnected(channel)) ?? own[0]);
    if (evicted) this.channels.delete(evicted.id);
    const channel: ChannelRecord = {
      id: `streaming-0-${randomUUID().replaceAll('-', '')}`,
      token: token.value,
      userId: token.userId,
      clientId: token.clientId,
      expiresAt: now + lifetimeMs,
      lastUsedAt: now,
      topics: new Set(),
    };
    this.channels.set(channel.id, channel);
    return { channel, evicted };
  }

  get(id: string, now = Date.now()): ChannelRecord | undefined {
    const channel = this.channels.get(id);
    if (channel && channel.expiresAt <= now) this.channels.delete(id);
    return channel && channel.expiresAt > now ? channel : undefined;
  }

  /** Unexpired channels, oldest first; expired ones are forgotten on the way. */
  list(keep: (channel: ChannelRecord) => boolean = () => true, now = Date.now()): ChannelRecord[] {
    for (const channel of this.channels.values()) {
      if (channel.expiresAt <= now) this.channels.delete(channel.id);
    }
    return [...this.channels.values()].filter(keep);
  }

  remove(id: string): void {
    this.channels.delete(id);
  }

  clear(): void {
    this.channels.clear();
  }
}

import pLimit from 'p-limit';
import pThrottle from 'p-throttle';
import type { Models } from 'purecloud-platform-client-v2';
import QuickLRU from 'quick-lru';
import { failureOf } from '../messaging/result';
import { summarizeContact } from './contact-summary';
import { lookupKey, type LookupOutcome, type LookupQuery } from './lookup-types';

export interface CachedLookup {
  key: string;
  outcome: LookupOutcome;
  /** Epoch milliseconds it was fetched. */
  storedAt: number;
  /** Epoch milliseconds after which the entry is stale. */
  expiresAt: number;
}

export interface LookupServiceDeps {
  /** `GET reversewhitepageslookup?lookupVal=…&expand=contacts.externalOrganization`. */
  reverseLookup(lookupVal: string): Promise<Models.ReverseWhitepagesLookupResult>;
  signedIn(): Promise<boolean>;
  /** Where the cache survives a service-worker restart (session storage). */
  store: { load(): Promise<CachedLookup[]>; save(entries: CachedLookup[]): Promise<void> };
  now?: () => number;
  limits?: Partial<LookupLimits>;
}

export interface LookupLimits {
  /** quick-lru keeps between this many and twice this many values. @default 250 */
  cacheSize: number;
  /** How long a match stays fresh. @default 5 minutes */
  matchTtlMs: number;
  /** New contacts take minutes to become searchable, so "no match" is kept briefly. @default 1 minute */
  noMatchTtlMs: number;
  /** Lookups in flight at once. @default 4 */
  concurrency: number;
  /** Well below Genesys's 300 requests per token per minute, which the agent's other tools share. @default 60 */
  perMinute: number;
}

const DEFAULTS: LookupLimits = { cacheSize: 250, matchTtlMs: 5 * 60_000, noMatchTtlMs: 60_000, concurrency: 4, perMinute: 60 };

export type LookupService = ReturnType<typeof createLookupService>;

/**
 * Reverse-whitepages lookups with a bounded, expiring cache kept in session storage,
 * one request per value however many callers ask at once, a concurrency limit and a client-side
 * rate limit. Only the agent's own actions call it; nothing looks up a whole page.
 */
export function createLookupService(deps: LookupServiceDeps) {
  const limits = { ...DEFAULTS, ...deps.limits };
  const now = deps.now ?? Date.now;
  const cache = new QuickLRU<string, CachedLookup>({ maxSize: limits.cacheSize });
  const inFlight = new Map<string, Promise<LookupOutcome>>();
  const limit = pLimit(limits.concurrency);
  const throttled = pThrottle({ limit: limits.perMinute, interval: 60_000 })((lookupVal: string) =>
    deps.reverseLookup(lookupVal),
  );
  let loaded: Promise<void> | undefined;
  let saving: Promise<void> = Promise.resolve();

  const load = () =>
    (loaded ??= deps.store.load().then(
      (entries) => {
        for (const entry of entries) if (entry.expiresAt > now()) cache.set(entry.key, entry);
      },
      () => undefined,
    ));
  const persist = () => {
    saving = saving.then(() => deps.store.save([...cache.values()]).catch(() => undefined));
    return saving;
  };

  async function fetchOutcome(query: LookupQuery): Promise<LookupOutcome> {
    const values = query.kind === 'twitter' ? [query.value, `@${query.value}`] : [query.value];
    for (const lookupVal of values) {
      // Twitter handles are stored with or without "@"; the API's matching is not documented, so
      // the "@" form is asked for only when the bare one finds nothing.
      const result = await limit(() => throttled(lookupVal));
      const contacts = (result.contacts ?? []).map(summarizeContact);
      if (contacts.length) return { status: 'match', contacts };
    }
    return { status: 'no-match' };
  }

  async function run(query: LookupQuery, key: string): Promise<LookupOutcome> {
    if (!(await deps.signedIn())) return { status: 'signed-out' };
    try {
      const outcome = await fetchOutcome(query);
      const ttl = outcome.status === 'match' ? limits.matchTtlMs : limits.noMatchTtlMs;
      cache.set(key, { key, outcome, storedAt: now(), expiresAt: now() + ttl });
      await persist();
      return outcome;
    } catch (error) {
      const failure = failureOf(error);
      return failure.kind === 'unauthorized' ? { status: 'signed-out' } : { status: 'error', error: failure };
    }
  }

  return {
    /**
     * The outcome for `query`: from the cache while it is fresh and, when `maxAgeMs` is given, no
     * older than that (0: always ask Genesys Cloud); else from Genesys Cloud.
     */
    async lookup(query: LookupQuery, options: { maxAgeMs?: number } = {}): Promise<LookupOutcome> {
      await load();
      const key = lookupKey(query);
      const cached = cache.get(key);
      const young = options.maxAgeMs === undefined || (cached !== undefined && now() - cached.storedAt < options.maxAgeMs);
      if (cached && cached.expiresAt > now() && young) return cached.outcome;
      const pending = inFlight.get(key);
      if (pending) return pending;
      const request = run(query, key).finally(() => inFlight.delete(key));
      inFlight.set(key, request);
      return request;
    },
    /** What the cache holds for `query`, fresh or not: shown at once while a fresh answer loads. */
    async peek(query: LookupQuery): Promise<LookupOutcome | undefined> {
      await load();
      return cache.get(lookupKey(query))?.outcome;
    },
    /** Drops one value (after the agent edits or creates a contact) or, without a query, everything. */
    async forget(query?: LookupQuery): Promise<void> {
      await load();
      if (query) cache.delete(lookupKey(query));
      else cache.clear();
      await persist();
    },
  };
}

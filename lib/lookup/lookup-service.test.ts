import type { Models } from 'purecloud-platform-client-v2';
import { describe, expect, it } from 'vitest';
import { GenesysApiError } from '../genesys/errors';
import { createLookupService, type CachedLookup, type LookupServiceDeps } from './lookup-service';

const ada: Models.ExternalContact = {
  id: 'c-ada',
  firstName: 'Ada',
  lastName: 'Lovelace',
  workPhone: { display: '+1 317-222-2222', e164: '+13172222222' },
  externalOrganization: { id: 'o-1', name: 'Analytical Engines' },
};

function setup(
  directory: Record<string, Models.ExternalContact[]> = { '+13172222222': [ada] },
  overrides: Partial<LookupServiceDeps> = {},
) {
  let clock = 0;
  let saved: CachedLookup[] = [];
  const calls: string[] = [];
  let signedIn = true;
  let gate: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let maxInFlight = 0;
  const deps: LookupServiceDeps = {
    reverseLookup: async (value) => {
      calls.push(value);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await gate;
      inFlight -= 1;
      return { contacts: directory[value] ?? [] };
    },
    signedIn: () => Promise.resolve(signedIn),
    store: {
      load: () => Promise.resolve(saved),
      save: (entries) => {
        saved = entries;
        return Promise.resolve();
      },
    },
    now: () => clock,
    ...overrides,
  };
  return {
    service: createLookupService(deps),
    deps,
    calls,
    advance: (ms: number) => (clock += ms),
    saved: () => saved,
    signOut: () => (signedIn = false),
    hold: () => {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        release();
      };
    },
    maxInFlight: () => maxInFlight,
  };
}

const phone = { kind: 'phone', value: '+13172222222' } as const;

describe('lookup service', () => {
  it('summarizes the matching contacts and their organization', async () => {
    const { service } = setup();
    const outcome = await service.lookup(phone);
    expect(outcome).toMatchObject({
      status: 'match',
      contacts: [
        {
          id: 'c-ada',
          name: 'Ada Lovelace',
          organization: { name: 'Analytical Engines' },
          phones: [{ label: 'Work', value: '+1 317-222-2222' }],
        },
      ],
    });
  });

  it('asks Genesys Cloud once for concurrent lookups of the same value', async () => {
    const { service, calls, hold } = setup();
    const release = hold();
    const pending = Promise.all([
      service.lookup(phone),
      service.lookup(phone),
      service.lookup({ kind: 'phone', value: '+1 317 222 2222' }),
    ]);
    await new Promise((r) => setTimeout(r, 10));
    release();
    const outcomes = await pending;
    expect(calls).toEqual(['+13172222222']);
    expect(new Set(outcomes.map((o) => o.status))).toEqual(new Set(['match']));
  });

  it('answers from the cache until the entry expires', async () => {
    const { service, calls, advance } = setup();
    await service.lookup(phone);
    advance(4 * 60_000);
    await service.lookup(phone);
    expect(calls).toHaveLength(1);
    advance(2 * 60_000);
    await service.lookup(phone);
    expect(calls).toHaveLength(2);
  });

  it('keeps "no match" only briefly, since new contacts take minutes to become searchable', async () => {
    const { service, calls, advance } = setup();
    const none = { kind: 'email', value: 'nobody@example.com' } as const;
    await expect(service.lookup(none)).resolves.toEqual({ status: 'no-match' });
    advance(30_000);
    await service.lookup(none);
    expect(calls).toHaveLength(1);
    advance(31_000);
    await service.lookup(none);
    expect(calls).toHaveLength(2);
  });

  it('goes to Genesys Cloud when the cached answer is older than asked, and shows it meanwhile', async () => {
    const { service, calls, advance } = setup();
    await service.lookup(phone);
    expect((await service.peek(phone))?.status).toBe('match');
    advance(10_000);
    await service.lookup(phone, { maxAgeMs: 15_000 });
    expect(calls).toHaveLength(1);
    await service.lookup(phone, { maxAgeMs: 5_000 });
    expect(calls).toHaveLength(2);
    await service.lookup(phone, { maxAgeMs: 0 });
    expect(calls).toHaveLength(3);
  });

  it('survives a service-worker restart through its store', async () => {
    const first = setup();
    await first.service.lookup(phone);
    const restarted = createLookupService(first.deps);
    await restarted.lookup(phone);
    expect(first.calls).toHaveLength(1);
    expect(first.saved()).toHaveLength(1);
  });

  it('is bounded in size, dropping the least recently used values', async () => {
    const ctx = setup();
    const small = createLookupService({ ...ctx.deps, limits: { cacheSize: 3 } });
    const email = (n: number) => ({ kind: 'email', value: `p${String(n)}@example.com` }) as const;
    // quick-lru keeps between cacheSize and twice cacheSize entries.
    for (const n of [1, 2, 3, 4, 5, 6, 7]) await small.lookup(email(n));
    expect(ctx.saved().length).toBeLessThanOrEqual(6);
    expect(await small.peek(email(7))).toBeDefined();
    await small.lookup(email(1));
    expect(ctx.calls.filter((c) => c === 'p1@example.com')).toHaveLength(2);
  });

  it('forgets one value, or everything (sign-out)', async () => {
    const { service, calls } = setup();
    await service.lookup(phone);
    await service.forget(phone);
    await service.lookup(phone);
    await service.forget();
    expect(await service.peek(phone)).toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it('reports signed-out without calling the API', async () => {
    const { service, calls, signOut } = setup();
    signOut();
    await expect(service.lookup(phone)).resolves.toEqual({ status: 'signed-out' });
    expect(calls).toHaveLength(0);
  });

  it('reports errors without caching them, and a lost session as signed-out', async () => {
    let failure: GenesysApiError = new GenesysApiError({
      kind: 'server',
      message: 'Genesys Cloud had a problem (error 503).',
      status: 503,
    });
    const { service } = setup({}, { reverseLookup: () => Promise.reject(failure) });
    await expect(service.lookup(phone)).resolves.toMatchObject({ status: 'error', error: { kind: 'server', status: 503 } });
    failure = new GenesysApiError({ kind: 'unauthorized', message: 'Sign in again.' });
    await expect(service.lookup(phone)).resolves.toEqual({ status: 'signed-out' });
  });

  it('tries a Twitter handle with "@" when the bare name finds nothing', async () => {
    const grace = { ...ada, id: 'c-grace', twitterId: { screenName: '@GraceH' } };
    const { service, calls } = setup({ '@GraceH': [grace] });
    await expect(service.lookup({ kind: 'twitter', value: 'GraceH' })).resolves.toMatchObject({ status: 'match' });
    expect(calls).toEqual(['GraceH', '@GraceH']);
  });

  it('keeps at most `concurrency` lookups in flight', async () => {
    const ctx = setup();
    const service = createLookupService({ ...ctx.deps, limits: { concurrency: 2 } });
    const release = ctx.hold();
    const pending = Promise.all(
      [1, 2, 3, 4, 5].map((n) => service.lookup({ kind: 'email', value: `c${String(n)}@example.com` })),
    );
    await new Promise((r) => setTimeout(r, 20));
    release();
    await pending;
    expect(ctx.maxInFlight()).toBe(2);
  });

  it('holds lookups beyond the per-minute rate back', async () => {
    const ctx = setup();
    const service = createLookupService({ ...ctx.deps, limits: { perMinute: 2 } });
    for (const n of [1, 2, 3]) void service.lookup({ kind: 'email', value: `r${String(n)}@example.com` });
    await new Promise((r) => setTimeout(r, 50));
    expect(ctx.calls).toEqual(['r1@example.com', 'r2@example.com']);
  });
});

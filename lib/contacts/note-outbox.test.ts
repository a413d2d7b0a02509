import type { Models } from 'purecloud-platform-client-v2';
import { describe, expect, it } from 'vitest';
import { GenesysApiError, type FailureKind } from '../genesys/errors';
import { createNoteOutbox, type PendingNote } from './note-outbox';

const owner = { type: 'contact', id: 'c-1' } as const;
const AGENT = 'agent-1';

/** A notes API that fails as scripted and remembers what it stored. */
function setup() {
  let clock = 1_000_000;
  let stored: PendingNote[] = [];
  const server: Models.Note[] = [];
  const script: (FailureKind | 'lost-after-save' | 'ok')[] = [];
  let ids = 0;
  const fail = (kind: FailureKind) =>
    new GenesysApiError({ kind, message: `failed: ${kind}`, ...(kind === 'rate-limited' && { retryAfterSeconds: 3 }) });
  const outbox = createNoteOutbox({
    agentId: () => Promise.resolve(AGENT),
    create: (_owner, text, agentId) => {
      const step = script.shift() ?? 'ok';
      if (step === 'ok' || step === 'lost-after-save') {
        const note: Models.Note = {
          id: `n-${String(server.length + 1)}`,
          noteText: text,
          createdBy: { id: agentId, version: 1 },
          createDate: new Date(clock).toISOString(),
        };
        server.push(note);
        if (step === 'lost-after-save') return Promise.reject(fail('network'));
        return Promise.resolve(note);
      }
      return Promise.reject(fail(step));
    },
    latest: () => Promise.resolve({ entities: [...server].reverse() }),
    store: {
      get: () => Promise.resolve(stored),
      set: (notes) => {
        stored = notes;
        return Promise.resolve();
      },
    },
    now: () => clock,
    newId: () => `p-${String(++ids)}`,
  });
  return { outbox, server, script, stored: () => stored, advance: (ms: number) => (clock += ms) };
}

describe('note outbox', () => {
  it('saves at once when Genesys Cloud answers', async () => {
    const { outbox, server } = setup();
    await expect(outbox.add(owner, 'Called back')).resolves.toMatchObject({ saved: { text: 'Called back', mine: true } });
    expect(server).toHaveLength(1);
  });

  it('keeps a note while the API is down and saves it once when it is back', async () => {
    const { outbox, server, script, stored, advance } = setup();
    script.push('server', 'network');
    const first = await outbox.add(owner, 'Promised a refund');
    expect(first).toMatchObject({ pending: { text: 'Promised a refund', lastError: 'failed: server', maybeSaved: true } });
    expect(await outbox.flush()).toEqual([]);
    advance(5_000);
    expect(await outbox.flush()).toEqual([]);
    expect(stored()[0]).toMatchObject({ attempts: 2, lastError: 'failed: network' });
    advance(10_000);
    expect((await outbox.flush()).map((n) => n.text)).toEqual(['Promised a refund']);
    expect(server.map((n) => n.noteText)).toEqual(['Promised a refund']);
    expect(stored()).toEqual([]);
  });

  it('does not save twice when the answer to a save was lost', async () => {
    const { outbox, server, script, advance } = setup();
    script.push('lost-after-save');
    await outbox.add(owner, 'Sent the invoice');
    advance(5_000);
    const saved = await outbox.flush();
    expect(saved.map((n) => n.id)).toEqual(['n-1']);
    expect(server).toHaveLength(1);
  });

  it('waits out Retry-After after a 429', async () => {
    const { outbox, script, advance } = setup();
    script.push('rate-limited');
    const result = await outbox.add(owner, 'x');
    expect('pending' in result && result.pending.nextAttemptAt).toBe(1_000_000 + 3_000 + 5_000);
    advance(7_999);
    expect(await outbox.flush()).toEqual([]);
    advance(1);
    expect(await outbox.flush()).toHaveLength(1);
  });

  it('returns a refusal (no permission, invalid note) to the agent instead of keeping it', async () => {
    const { outbox, script, stored } = setup();
    script.push('forbidden');
    await expect(outbox.add(owner, 'x')).rejects.toMatchObject({ failure: { kind: 'forbidden' } });
    expect(stored()).toEqual([]);
  });

  it('halts a kept note that Genesys Cloud later refuses, until the agent discards it', async () => {
    const { outbox, script, stored, advance } = setup();
    script.push('network', 'bad-request');
    await outbox.add(owner, 'x');
    advance(5_000);
    await outbox.flush();
    expect(stored()[0]).toMatchObject({ halted: true, lastError: 'failed: bad-request' });
    expect(await outbox.nextDue()).toBeUndefined();
    await outbox.discard(stored()[0]?.id ?? '');
    expect(stored()).toEqual([]);
  });

  it('sends everything at once when the agent asks, due or not', async () => {
    const { outbox, script, server } = setup();
    script.push('timeout');
    await outbox.add(owner, 'now please');
    expect(await outbox.flush({ all: true })).toHaveLength(1);
    expect(server).toHaveLength(1);
  });

  it('never runs two sends at once', async () => {
    const { outbox, script, server, advance } = setup();
    script.push('server');
    await outbox.add(owner, 'once');
    advance(60_000);
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(server).toHaveLength(1);
  });
});

import type { Models } from 'purecloud-platform-client-v2';
import type { ApiFailure } from '../genesys/errors';
import { failureOf } from '../messaging/result';
import { NOTES_PAGE_SIZE, toNoteView, type NoteOwner, type NoteView } from './notes';

/** A note Genesys Cloud has not confirmed yet. */
export interface PendingNote {
  id: string;
  owner: NoteOwner;
  text: string;
  /** Epoch ms the agent pressed Enter. */
  queuedAt: number;
  attempts: number;
  /** Epoch ms of the next try. */
  nextAttemptAt: number;
  /** Why the last try failed, for the agent. */
  lastError: string;
  /** The last try may have reached Genesys Cloud (a lost connection, a timeout, a 5xx). */
  maybeSaved: boolean;
  /** Genesys Cloud refused it for good (permissions, validation): only the agent can decide now. */
  halted: boolean;
}

export type NoteSave = { saved: NoteView } | { pending: PendingNote };

export interface OutboxDeps {
  agentId(): Promise<string>;
  create(owner: NoteOwner, text: string, agentId: string): Promise<Models.Note>;
  /** The newest notes on the owner, to see whether an uncertain try went through after all. */
  latest(owner: NoteOwner): Promise<Models.NoteListing>;
  store: { get(): Promise<PendingNote[]>; set(notes: PendingNote[]): Promise<void> };
  now(): number;
  newId(): string;
}

/** Failures worth trying again: Genesys Cloud or the network was down, not the note wrong. */
const TRANSIENT = new Set<ApiFailure['kind']>(['network', 'timeout', 'server', 'rate-limited', 'malformed']);
/** After these the request may have been carried out even though no answer came back. */
const UNCERTAIN = new Set<ApiFailure['kind']>(['network', 'timeout', 'server', 'malformed']);
const RETRY_MAX_MS = 2 * 60_000;

/**
 * Notes the agent saved while Genesys Cloud could not take them: kept (in session storage) and
 * sent again until it does, exactly once. Before sending again after an uncertain failure, the
 * outbox looks for the note among the owner's newest notes, so a save whose answer was lost is
 * not made twice.
 */
export function createNoteOutbox(deps: OutboxDeps) {
  let running: Promise<void> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = running.then(work);
    running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };
  const update = async (change: (notes: PendingNote[]) => PendingNote[]) => deps.store.set(change(await deps.store.get()));
  const backoff = (attempts: number) => Math.min(RETRY_MAX_MS, 5000 * 2 ** Math.max(0, attempts - 1));

  async function alreadySaved(note: PendingNote, agentId: string): Promise<NoteView | undefined> {
    const listing = await deps.latest(note.owner);
    const found = (listing.entities ?? []).find(
      (candidate) =>
        candidate.noteText === note.text &&
        candidate.createdBy.id === agentId &&
        Date.parse(candidate.createDate ?? '') >= note.queuedAt - 60_000,
    );
    return found && toNoteView(found, agentId);
  }

  /** One try; the pending note comes back updated when it did not go through. */
  async function attempt(note: PendingNote): Promise<NoteSave> {
    const agentId = await deps.agentId();
    try {
      const existing = note.maybeSaved ? await alreadySaved(note, agentId) : undefined;
      return { saved: existing ?? toNoteView(await deps.create(note.owner, note.text, agentId), agentId) };
    } catch (error) {
      const failure = failureOf(error);
      const attempts = note.attempts + 1;
      return {
        pending: {
          ...note,
          attempts,
          lastError: failure.message,
          maybeSaved: note.maybeSaved || UNCERTAIN.has(failure.kind as ApiFailure['kind']),
          halted: !TRANSIENT.has(failure.kind as ApiFailure['kind']),
          nextAttemptAt: deps.now() + (failure.retryAfterSeconds ?? 0) * 1000 + backoff(attempts),
        },
      };
    }
  }

  return {
    /**
     * Saves a note now if Genesys Cloud takes it; keeps it for later if it cannot. A note refused
     * for good (no permission, invalid) is not kept: the error goes back to the agent.
     */
    add: (owner: NoteOwner, text: string): Promise<NoteSave> =>
      serial(async () => {
        const agentId = await deps.agentId();
        const queuedAt = deps.now();
        try {
          return { saved: toNoteView(await deps.create(owner, text, agentId), agentId) };
        } catch (error) {
          const failure = failureOf(error);
          if (!TRANSIENT.has(failure.kind as ApiFailure['kind'])) throw error;
          const pending: PendingNote = {
            id: deps.newId(),
            owner,
            text,
            queuedAt,
            attempts: 1,
            nextAttemptAt: deps.now() + (failure.retryAfterSeconds ?? 0) * 1000 + backoff(1),
            lastError: failure.message,
            maybeSaved: UNCERTAIN.has(failure.kind as ApiFailure['kind']),
            halted: false,
          };
          await update((notes) => [...notes, pending]);
          return { pending };
        }
      }),

    /** Sends what is due (or everything, when the agent asks); returns the notes that went through. */
    flush: (options: { all?: boolean } = {}): Promise<NoteView[]> =>
      serial(async () => {
        const saved: NoteView[] = [];
        for (const note of await deps.store.get()) {
          if (note.halted || (!options.all && note.nextAttemptAt > deps.now())) continue;
          const result = await attempt(note);
          if ('saved' in result) saved.push(result.saved);
          await update((notes) =>
            'saved' in result ? notes.filter((n) => n.id !== note.id) : notes.map((n) => (n.id === note.id ? result.pending : n)),
          );
        }
        return saved;
      }),

    /** The agent gave up on a note (after Genesys Cloud refused it for good). */
    discard: (id: string): Promise<void> => serial(() => update((notes) => notes.filter((n) => n.id !== id))),

    pending: (): Promise<PendingNote[]> => deps.store.get(),

    /** When the next try is due, if any note waits. */
    nextDue: async (): Promise<number | undefined> => {
      const due = (await deps.store.get()).filter((n) => !n.halted).map((n) => n.nextAttemptAt);
      return due.length ? Math.min(...due) : undefined;
    },
  };
}

export type NoteOutbox = ReturnType<typeof createNoteOutbox>;

/** How many of the owner's newest notes the duplicate check reads. */
export const DUPLICATE_CHECK_PAGE = Math.max(NOTES_PAGE_SIZE, 25);

import * as v from 'valibot';
import type { NoteOwner } from '../contacts/notes';
import { NOTES_PAGE_SIZE, toNotePage, toNoteView } from '../contacts/notes';
import { notesApi } from '../contacts/notes-api';
import { GenesysApiError } from '../genesys/errors';
import { settle } from '../messaging/result';
import { route } from '../messaging/router';
import { fromExtensionPages, IdSchema, NoteOwnerSchema, NoteTextSchema } from './schemas';
import type { BackgroundServices } from './services';

/** Quick notes: read from the popup, written only from the popup (never from a content script). */
export function registerNoteRoutes({ api, auth, outbox }: BackgroundServices): void {
  const agentId = async () => {
    const agent = (await auth.status()).agent;
    if (!agent)
      throw new GenesysApiError({ kind: 'unauthorized', message: 'You are signed out of Genesys Cloud. Sign in to continue.' });
    return agent.id;
  };
  const withNotes = async (owner: NoteOwner) => ({ notes: notesApi(await api(), owner), me: await agentId() });

  route('notes.list', {
    from: fromExtensionPages,
    schema: v.object({ owner: NoteOwnerSchema, pageNumber: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)) }),
    handle: ({ owner, pageNumber }) =>
      settle(
        (async () => {
          const { notes, me } = await withNotes(owner);
          const listing = await notes.list(owner.id, {
            pageSize: NOTES_PAGE_SIZE,
            pageNumber,
            sortOrder: 'createDate:desc',
            expand: ['author'],
          });
          return toNotePage(listing, me);
        })(),
      ),
  });
  route('notes.add', {
    from: fromExtensionPages,
    schema: v.object({ owner: NoteOwnerSchema, text: NoteTextSchema }),
    handle: ({ owner, text }) => settle(outbox.add(owner, text)),
  });
  route('notes.flush', {
    from: fromExtensionPages,
    schema: v.undefined(),
    handle: () => settle(outbox.flush({ all: true })),
  });
  route('notes.discard', {
    from: fromExtensionPages,
    schema: v.object({ id: v.pipe(v.string(), v.maxLength(64)) }),
    handle: ({ id }) =>
      settle(
        (async () => {
          await outbox.discard(id);
          return undefined;
        })(),
      ),
  });
  route('notes.update', {
    from: fromExtensionPages,
    schema: v.object({ owner: NoteOwnerSchema, noteId: IdSchema, text: NoteTextSchema }),
    handle: ({ owner, noteId, text }) =>
      settle(
        (async () => {
          const { notes, me } = await withNotes(owner);
          return toNoteView(await notes.update(owner.id, noteId, { noteText: text, createdBy: { id: me } }), me);
        })(),
      ),
  });
  route('notes.delete', {
    from: fromExtensionPages,
    schema: v.object({ owner: NoteOwnerSchema, noteId: IdSchema }),
    handle: ({ owner, noteId }) =>
      settle(
        (async () => {
          const { notes } = await withNotes(owner);
          await notes.remove(owner.id, noteId);
          return undefined;
        })(),
      ),
  });
}

import * as v from 'valibot';
import type { NoteOwner } from '../contacts/notes';
import { NOTES_PAGE_SIZE, toNotePage, toNoteView } from '../contacts/notes';
import type { GenesysClient } from '../genesys/client';
import { GenesysApiError } from '../genesys/errors';
import { settle } from '../messaging/result';
import { route } from '../messaging/router';
import { fromExtensionPages, IdSchema, NoteOwnerSchema, NoteTextSchema } from './schemas';
import type { BackgroundServices } from './services';

/** The notes endpoints for one kind of owner. */
function notesApi(client: GenesysClient, owner: NoteOwner) {
  return owner.type === 'contact'
    ? {
        list: client.listContactNotes,
        create: client.createContactNote,
        update: client.updateContactNote,
        remove: client.deleteContactNote,
      }
    : {
        list: client.listOrganizationNotes,
        create: client.createOrganizationNote,
        update: client.updateOrganizationNote,
        remove: client.deleteOrganizationNote,
      };
}

/** Quick notes: read from the popup, written only from the popup (never from a content script). */
export function registerNoteRoutes({ api, auth }: BackgroundServices): void {
  const agentId = async () => {
    const agent = (await auth.status()).agent;
    if (!agent) throw new GenesysApiError({ kind: 'unauthorized', message: 'You are signed out of Genesys Cloud. Sign in to continue.' });
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
    handle: ({ owner, text }) =>
      settle(
        (async () => {
          const { notes, me } = await withNotes(owner);
          return toNoteView(await notes.create(owner.id, { noteText: text, createdBy: { id: me } }), me);
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

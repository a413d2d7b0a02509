import { invalidValue, notFound } from '../errors';
import { REQUIRES } from '../permissions';
import type { NoteEntityType, NoteRecord } from '../records';
import { paginate, readExpand, readPage, readSort } from './listing';
import { presentNote } from './present';
import { ok, param, type ApiRequest, type ApiRoute } from './types';
import { parseNote } from './validate';

/** Note lists allow at most 100 per page. */
const MAX_NOTES_PAGE = 100;

/** Contacts and organizations carry notes the same way, under different paths and permissions. */
interface NoteOwner {
  entityType: NoteEntityType;
  path: string;
  idParam: string;
  view: readonly string[];
  edit: readonly string[];
  /** `expand` values of the list endpoint (the single-note endpoint has no `mergeset`). */
  listExpand: readonly string[];
}

const OWNERS: NoteOwner[] = [
  {
    entityType: 'contact',
    path: '/api/v2/externalcontacts/contacts/:contactId/notes',
    idParam: 'contactId',
    view: REQUIRES.contactView,
    edit: REQUIRES.contactEdit,
    listExpand: ['author', 'externalDataSources', 'division', 'mergeset'],
  },
  {
    entityType: 'organization',
    path: '/api/v2/externalcontacts/organizations/:externalOrganizationId/notes',
    idParam: 'externalOrganizationId',
    view: REQUIRES.organizationView,
    edit: REQUIRES.organizationEdit,
    listExpand: ['author', 'externalDataSources', 'division'],
  },
];

const NOTE_EXPAND = ['author', 'externalDataSources', 'division'];

const byCreateDate = { createDate: (note: NoteRecord) => note.createDate };
const newestFirst = (a: NoteRecord, b: NoteRecord) => b.createDate.localeCompare(a.createDate);

function routesFor(owner: NoteOwner): ApiRoute[] {
  const ownerId = (request: ApiRequest): string => {
    const id = param(request, owner.idParam);
    const { directory } = request.state;
    const exists = owner.entityType === 'contact' ? directory.contacts.has(id) : directory.organizations.has(id);
    if (!exists) throw notFound();
    return id;
  };
  const existingNote = (request: ApiRequest): NoteRecord => {
    const note = request.state.directory.noteOf(owner.entityType, ownerId(request), param(request, 'noteId'));
    if (!note) throw notFound();
    return note;
  };
  const present = (request: ApiRequest, note: NoteRecord, expandAuthor: boolean) =>
    presentNote(note, request.state.agent(note.createdById), expandAuthor);

  return [
    {
      method: 'GET',
      pattern: owner.path,
      permissions: owner.view,
      handler: (request) => {
        const { query } = request;
        const page = readPage(query, MAX_NOTES_PAGE);
        const expand = readExpand(query, owner.listExpand);
        const order = readSort(query, byCreateDate, newestFirst);
        const notes = request.state.directory.notesOf(owner.entityType, ownerId(request)).sort(order);
        const path = owner.path.replace(`:${owner.idParam}`, param(request, owner.idParam));
        return ok(paginate(notes, page, path, query, (note) => present(request, note, expand.has('author'))));
      },
    },
    {
      method: 'POST',
      pattern: owner.path,
      permissions: owner.edit,
      handler: async (request) => {
        const entityId = ownerId(request);
        const { noteText, createdBy } = parseNote(await request.body());
        const note = request.state.directory.createNote(owner.entityType, entityId, noteText, author(request, createdBy?.id));
        return ok(present(request, note, false));
      },
    },
    {
      method: 'GET',
      pattern: `${owner.path}/:noteId`,
      permissions: owner.view,
      handler: (request) => {
        const expand = readExpand(request.query, NOTE_EXPAND);
        return ok(present(request, existingNote(request), expand.has('author')));
      },
    },
    {
      method: 'PUT',
      pattern: `${owner.path}/:noteId`,
      permissions: owner.edit,
      handler: async (request) => {
        const existing = existingNote(request);
        const { noteText } = parseNote(await request.body());
        return ok(present(request, request.state.directory.replaceNote(existing, noteText), false));
      },
    },
    {
      method: 'DELETE',
      pattern: `${owner.path}/:noteId`,
      permissions: owner.edit,
      handler: (request) => {
        request.state.directory.notes.delete(existingNote(request).id);
        return ok({});
      },
    },
  ];
}

/**
 * A note is written by the signed-in agent whatever the body claims. A client-credentials token
 * has no user, so its body must name an existing one in `createdBy.id`.
 */
function author(request: ApiRequest, claimed: string | undefined): string {
  const { agent } = request.caller;
  if (agent) return agent.id;
  if (claimed !== undefined && request.state.agent(claimed)) return claimed;
  throw invalidValue('createdBy.id', claimed ?? '', 'the id of an existing user (required with client credentials)');
}

export const noteRoutes: ApiRoute[] = OWNERS.flatMap(routesFor);

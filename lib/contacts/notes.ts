import type { Models } from 'purecloud-platform-client-v2';

/** A contact or an organization: what notes hang off. */
export interface NoteOwner {
  type: 'contact' | 'organization';
  id: string;
}

/** A note as the popup shows it. */
export interface NoteView {
  id: string;
  text: string;
  author: string;
  authorId?: string;
  /** ISO 8601. */
  createdAt?: string;
  modifiedAt?: string;
  /** Whether the signed-in agent wrote it (and so may edit or delete it). */
  mine: boolean;
}

export interface NotePage {
  notes: NoteView[];
  pageNumber: number;
  pageCount: number;
  total: number;
}

/** Notes per page in the popup: the latest few, with "older notes" for the rest. */
export const NOTES_PAGE_SIZE = 5;

export function toNoteView(note: Models.Note, agentId: string): NoteView {
  const authorId = note.createdBy.id;
  return {
    id: note.id ?? '',
    text: note.noteText ?? '',
    author: note.createdBy.name ?? (authorId === agentId ? 'You' : 'Unknown author'),
    ...(authorId && { authorId }),
    ...(note.createDate && { createdAt: note.createDate }),
    ...(note.modifyDate && { modifiedAt: note.modifyDate }),
    mine: authorId !== undefined && authorId === agentId,
  };
}

export function toNotePage(listing: Models.NoteListing, agentId: string): NotePage {
  return {
    notes: (listing.entities ?? []).map((note) => toNoteView(note, agentId)),
    pageNumber: listing.pageNumber ?? 1,
    pageCount: listing.pageCount ?? 1,
    total: listing.total ?? listing.entities?.length ?? 0,
  };
}

/** A key per owner, for drafts. */
export const ownerKey = (owner: NoteOwner) => `${owner.type}:${owner.id}`;

import { useEffect, useState } from 'preact/hooks';
import type { PendingNote } from '../../lib/contacts/note-outbox';
import { ownerKey, type NoteOwner } from '../../lib/contacts/notes';
import { sendMessage } from '../../lib/messaging/protocol';
import { noteOutbox } from '../../lib/storage/session';

interface Props {
  owner: NoteOwner;
  /** A kept note went through: the list should show it. */
  onSent: () => void;
}

/** Notes Genesys Cloud has not taken yet, with why, and a way to try now (or give up on a refused one). */
export function PendingNotes({ owner, onSent }: Props) {
  const [pending, setPending] = useState<PendingNote[]>([]);
  const key = ownerKey(owner);
  useEffect(() => {
    const mine = (notes: PendingNote[]) => notes.filter((note) => ownerKey(note.owner) === key);
    void noteOutbox.getValue().then((notes) => setPending(mine(notes)));
    return noteOutbox.watch((notes, previous) => {
      setPending(mine(notes));
      if (mine(previous).length > mine(notes).length) onSent();
    });
  }, [key]);

  if (!pending.length) return null;
  return (
    <ul class="note-list pending" data-testid="pending-notes">
      {pending.map((note) => (
        <li key={note.id} class="note" data-testid="pending-note">
          <p class="note-meta muted">{note.halted ? 'Not saved' : 'Waiting to be saved'}</p>
          <p class="note-text">{note.text}</p>
          <p role="status" class={note.halted ? 'error' : 'muted'}>
            {note.lastError}{' '}
            {note.halted
              ? 'Genesys Cloud will not take this note.'
              : 'screen-pop saves it as soon as Genesys Cloud answers again.'}
          </p>
          <div class="row">
            {!note.halted && (
              <button type="button" class="small" data-testid="pending-retry" onClick={() => void sendMessage('notes.flush')}>
                Save now
              </button>
            )}
            {note.halted && (
              <button type="button" class="small" onClick={() => void sendMessage('notes.discard', { id: note.id })}>
                Discard
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

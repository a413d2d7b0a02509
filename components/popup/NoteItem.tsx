import { useState } from 'preact/hooks';
import type { NoteOwner, NoteView } from '../../lib/contacts/notes';
import { sendMessage } from '../../lib/messaging/protocol';
import { formatDateTime } from './format';

interface Props {
  owner: NoteOwner;
  note: NoteView;
  onChanged: (note: NoteView) => void;
  onDeleted: (id: string) => void;
}

/** One note: author and date; the agent's own notes can be edited in place or deleted. */
export function NoteItem({ owner, note, onChanged, onDeleted }: Props) {
  const [editing, setEditing] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function save() {
    if (editing === undefined || editing.trim() === '') return;
    setBusy(true);
    setError(undefined);
    const result = await sendMessage('notes.update', { owner, noteId: note.id, text: editing });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setEditing(undefined);
    onChanged(result.value);
  }

  async function remove() {
    setBusy(true);
    setError(undefined);
    const result = await sendMessage('notes.delete', { owner, noteId: note.id });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onDeleted(note.id);
  }

  return (
    <li class="note" data-testid="note">
      <p class="note-meta muted">
        <span data-testid="note-author">{note.author}</span>
        {note.createdAt && <span> · {formatDateTime(note.createdAt)}</span>}
        {note.modifiedAt && note.modifiedAt !== note.createdAt && <span> · edited</span>}
      </p>
      {editing === undefined ? (
        <p class="note-text" data-testid="note-text">
          {note.text}
        </p>
      ) : (
        <textarea
          aria-label="Edit note"
          data-testid="note-edit-input"
          value={editing}
          disabled={busy}
          onInput={(e) => setEditing(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void save();
            } else if (e.key === 'Escape') {
              e.stopPropagation();
              setEditing(undefined);
            }
          }}
        />
      )}
      {note.mine && (
        <div class="row">
          {editing === undefined && !confirming && (
            <>
              <button type="button" class="small" data-testid="note-edit" onClick={() => setEditing(note.text)}>
                Edit
              </button>
              <button type="button" class="small" data-testid="note-delete" onClick={() => setConfirming(true)}>
                Delete
              </button>
            </>
          )}
          {editing !== undefined && (
            <>
              <button type="button" class="small primary" data-testid="note-save" disabled={busy} onClick={() => void save()}>
                {error ? 'Retry' : 'Save'}
              </button>
              <button type="button" class="small" onClick={() => setEditing(undefined)}>
                Cancel
              </button>
            </>
          )}
          {confirming && (
            <>
              <span>Delete this note?</span>
              <button
                type="button"
                class="small danger"
                data-testid="note-delete-confirm"
                disabled={busy}
                onClick={() => void remove()}
              >
                Delete
              </button>
              <button type="button" class="small" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          )}
        </div>
      )}
      {error && (
        <p role="alert" class="error" data-testid="note-item-error">
          {error}
        </p>
      )}
    </li>
  );
}

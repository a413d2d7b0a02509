import { useEffect, useState } from 'preact/hooks';
import { ownerKey, type NoteOwner, type NotePage, type NoteView } from '../../lib/contacts/notes';
import { sendMessage } from '../../lib/messaging/protocol';
import { NoteItem } from './NoteItem';
import { PendingNotes } from './PendingNotes';
import { useDraft } from './useDraft';

interface Props {
  owner: NoteOwner;
  /** "Dana Whitfield" or "Northwind Health": whose notes these are. */
  ownerName: string;
}

/** Quick notes for a contact or organization: the latest first, add in one step, edit and delete your own. */
export function NotesPanel({ owner, ownerName }: Props) {
  const [page, setPage] = useState<NotePage>();
  const [loadError, setLoadError] = useState<string>();
  const [draft, setDraft] = useDraft(ownerKey(owner));
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();

  async function load(pageNumber: number) {
    setLoadError(undefined);
    const result = await sendMessage('notes.list', { owner, pageNumber });
    if (!result.ok) {
      setLoadError(result.error.message);
      return;
    }
    setPage((previous) => {
      if (pageNumber === 1 || !previous) return result.value;
      // Notes added since page 1 shift later pages: skip the ones already shown.
      const shown = new Set(previous.notes.map((n) => n.id));
      return { ...result.value, notes: [...previous.notes, ...result.value.notes.filter((n) => !shown.has(n.id))] };
    });
  }
  useEffect(() => {
    setPage(undefined);
    void load(1);
  }, [owner.type, owner.id]);

  async function add() {
    const text = draft;
    if (text.trim() === '' || saving) return;
    setSaving(true);
    setSaveError(undefined);
    const result = await sendMessage('notes.add', { owner, text });
    setSaving(false);
    // The draft stays until the note is either saved or kept for later: a failed save loses nothing.
    if (!result.ok) {
      setSaveError(result.error.message);
      return;
    }
    setDraft('');
    const outcome = result.value;
    if ('saved' in outcome) {
      setPage((previous) => previous && { ...previous, total: previous.total + 1, notes: [outcome.saved, ...previous.notes] });
    }
  }

  const replace = (note: NoteView) =>
    setPage((previous) => previous && { ...previous, notes: previous.notes.map((n) => (n.id === note.id ? note : n)) });
  const drop = (id: string) =>
    setPage(
      (previous) => previous && { ...previous, total: previous.total - 1, notes: previous.notes.filter((n) => n.id !== id) },
    );

  const testId = `notes-${owner.type}`;
  return (
    <section class="notes" data-testid={testId} aria-label={`Notes on ${ownerName}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <textarea
          aria-label={`New note on ${ownerName}`}
          placeholder="Add a note: type, then Enter (Shift+Enter for a new line)"
          data-testid="note-input"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              void add();
            }
          }}
        />
        {saving && (
          <p class="muted" role="status">
            Saving…
          </p>
        )}
        {saveError && (
          <div role="alert" class="error" data-testid="note-error">
            <p>Not saved: {saveError} Your note is kept.</p>
            <button type="submit" class="small" data-testid="note-retry">
              Retry
            </button>
          </div>
        )}
      </form>
      <PendingNotes owner={owner} onSent={() => void load(1)} />
      {loadError && (
        <p role="alert" class="error">
          {loadError}{' '}
          <button type="button" class="small" onClick={() => void load(1)}>
            Try again
          </button>
        </p>
      )}
      {page && page.notes.length === 0 && <p class="muted">No notes yet.</p>}
      {page && (
        <ul class="note-list">
          {page.notes.map((note) => (
            <NoteItem key={note.id} owner={owner} note={note} onChanged={replace} onDeleted={drop} />
          ))}
        </ul>
      )}
      {page && page.pageNumber < page.pageCount && (
        <button type="button" class="small" data-testid="notes-older" onClick={() => void load(page.pageNumber + 1)}>
          Older notes
        </button>
      )}
    </section>
  );
}

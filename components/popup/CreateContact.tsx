import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactSummary } from '../../lib/lookup/contact-summary';
import type { LookupQuery } from '../../lib/lookup/lookup-types';
import { sendMessage } from '../../lib/messaging/protocol';

const FIELD_NAMES = { phone: 'work phone', email: 'work email', twitter: 'Twitter handle' } as const;

interface Props {
  query: LookupQuery;
  label: string;
  /** Opened from a card's "Create contact": the form takes focus. */
  autoFocus: boolean;
  onCreated: (contact: ContactSummary) => void;
}

/** Nothing matched: why that can happen, and a contact made from the value in one step. */
export function CreateContact({ query, label, autoFocus, onCreated }: Props) {
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);

  async function create(event: Event) {
    event.preventDefault();
    if (!firstName.trim() && !lastName.trim()) {
      setError('Type a first or last name for the new contact.');
      return;
    }
    setBusy(true);
    setError(undefined);
    const result = await sendMessage('contact.create', { firstName, lastName, query });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onCreated(result.value);
  }

  return (
    <section data-testid="no-match" aria-labelledby="no-match-heading">
      <h2 id="no-match-heading">No contact found</h2>
      <p>
        No external contact in Genesys Cloud has <strong>{label}</strong>.
      </p>
      <p class="hint">
        Genesys Cloud only matches phone numbers stored in international (E.164) form, such as +13172222222, and a contact created
        in the last few minutes may not be searchable yet.
      </p>
      <form onSubmit={(e) => void create(e)}>
        <h3>Create a contact</h3>
        <label>
          First name
          <input
            ref={first}
            type="text"
            name="firstName"
            value={firstName}
            onInput={(e) => setFirstName(e.currentTarget.value)}
          />
        </label>
        <label>
          Last name
          <input type="text" name="lastName" value={lastName} onInput={(e) => setLastName(e.currentTarget.value)} />
        </label>
        <p class="hint">
          {label} becomes the contact’s {FIELD_NAMES[query.kind]}.
        </p>
        <button type="submit" class="primary" data-testid="create-contact" disabled={busy}>
          {busy ? 'Creating…' : 'Create contact'}
        </button>
        {error && (
          <p role="alert" class="error" data-testid="create-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

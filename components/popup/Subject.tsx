import { useEffect, useState } from 'preact/hooks';
import type { ContactSummary } from '../../lib/lookup/contact-summary';
import type { LookupQuery } from '../../lib/lookup/lookup-types';
import { ContactDetails } from './ContactDetails';
import { CreateContact } from './CreateContact';
import { useLookup } from './useLookup';

export interface SubjectProps {
  query: LookupQuery;
  label: string;
  contactId?: string;
  mode: 'details' | 'create';
  conversationId?: string;
  onSignedOut: () => void;
}

/** What the popup is about: the contacts that match a value, or what to do when none does. */
export function Subject({ query, label, contactId, mode, conversationId, onSignedOut }: SubjectProps) {
  const { outcome, refreshing, refresh } = useLookup(query);
  const [picked, setPicked] = useState<string | undefined>(contactId);
  const [created, setCreated] = useState<ContactSummary>();
  const detailsProps = conversationId ? { preferredConversationId: conversationId } : {};
  useEffect(() => {
    if (outcome?.status === 'signed-out') onSignedOut();
  }, [outcome?.status]);

  if (created) return <ContactDetails summary={created} {...detailsProps} />;
  if (!outcome)
    return (
      <p class="muted" role="status">
        Looking up {label}…
      </p>
    );
  switch (outcome.status) {
    case 'signed-out':
      return null;
    case 'error':
      return (
        <div role="alert" class="error" data-testid="lookup-failure">
          <p>{outcome.error.message}</p>
          <button type="button" class="small" onClick={refresh}>
            Try again
          </button>
        </div>
      );
    case 'no-match':
      return <CreateContact query={query} label={label} autoFocus={mode === 'create'} onCreated={setCreated} />;
    case 'match': {
      const chosen =
        outcome.contacts.find((c) => c.id === picked) ?? (outcome.contacts.length === 1 ? outcome.contacts[0] : undefined);
      if (chosen) {
        return (
          <>
            {outcome.contacts.length > 1 && (
              <button type="button" class="link" onClick={() => setPicked(undefined)}>
                ← All {outcome.contacts.length} matches
              </button>
            )}
            <ContactDetails summary={chosen} {...detailsProps} />
          </>
        );
      }
      return (
        <section aria-labelledby="matches-heading" data-testid="match-list">
          <h2 id="matches-heading">
            {outcome.contacts.length} contacts match {label}
          </h2>
          {refreshing && <p class="muted">Refreshing…</p>}
          <ul class="matches">
            {outcome.contacts.map((contact) => (
              <li key={contact.id}>
                <button type="button" class="link" onClick={() => setPicked(contact.id)}>
                  <strong>{contact.name}</strong>
                  {contact.title && <span class="muted"> · {contact.title}</span>}
                  {contact.organization && <span class="muted"> · {contact.organization.name}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      );
    }
  }
}

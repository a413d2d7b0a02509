import { useEffect, useState } from 'preact/hooks';
import type { ContactSummary } from '../../lib/lookup/contact-summary';
import { sendMessage } from '../../lib/messaging/protocol';
import { AssociatePanel } from './AssociatePanel';
import { ContactView, OrganizationView } from './ContactView';
import { NotesPanel } from './NotesPanel';

interface Props {
  /** What the lookup already said: shown at once while the full record loads. */
  summary: ContactSummary;
  preferredConversationId?: string;
}

/** One contact: details, organization, notes for both, and the association button. */
export function ContactDetails({ summary, preferredConversationId }: Props) {
  const [contact, setContact] = useState(summary);
  const [notesOf, setNotesOf] = useState<'contact' | 'organization'>('contact');
  const [error, setError] = useState<string>();
  useEffect(() => {
    setContact(summary);
    void sendMessage('contact.get', { contactId: summary.id }).then((result) => {
      if (result.ok) setContact(result.value);
      else setError(result.error.message);
    });
  }, [summary.id]);

  const org = contact.organization;
  const owner =
    notesOf === 'organization' && org
      ? { type: 'organization' as const, id: org.id }
      : { type: 'contact' as const, id: contact.id };
  return (
    <>
      <ContactView contact={contact} />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {org && <OrganizationView org={org} />}
      <AssociatePanel contact={contact} {...(preferredConversationId && { preferredConversationId })} />
      <section aria-labelledby="notes-heading">
        <h3 id="notes-heading">Notes</h3>
        {org && (
          <div role="tablist" class="tabs">
            {(
              [
                ['contact', contact.name],
                ['organization', org.name],
              ] as const
            ).map(([type, name]) => (
              <button
                key={type}
                type="button"
                role="tab"
                aria-selected={notesOf === type}
                data-testid={`notes-tab-${type}`}
                onClick={() => setNotesOf(type)}
              >
                {name}
              </button>
            ))}
          </div>
        )}
        <NotesPanel
          key={`${owner.type}:${owner.id}`}
          owner={owner}
          ownerName={owner.type === 'contact' ? contact.name : (org?.name ?? '')}
        />
      </section>
    </>
  );
}
